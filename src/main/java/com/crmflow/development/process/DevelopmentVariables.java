package com.crmflow.development.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The process variables of {@code customer-development}, declared once. Business data lives in our tables; the
 * process keeps the lead's id and number and the routing flags.
 */
public final class DevelopmentVariables {

  private DevelopmentVariables() {}

  public static final String PROCESS_KEY = "customer-development";

  public static final VariableFactory<Long> LEAD_ID = longVariable("leadId");
  public static final VariableFactory<String> LEAD_NUMBER = stringVariable("leadNumber");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  public static final VariableFactory<String> INITIATOR = stringVariable("initiator");

  // routing flags
  public static final VariableFactory<Boolean> VISIT_CONFIRMED = booleanVariable("visitConfirmed");
  public static final VariableFactory<Boolean> FOLLOW_UP_AGAIN = booleanVariable("followUpAgain");
  public static final VariableFactory<String> OUTCOME = stringVariable("outcome");

  // task-local: the Markdown summary at the top of every form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  // user tasks
  public static final String TASK_PLAN_VISIT = "Task_PlanVisit";
  public static final String TASK_CONFIRM_VISIT = "Task_ConfirmVisit";
  public static final String TASK_RECORD_VISIT = "Task_RecordVisit";
  public static final String TASK_FOLLOW_UP = "Task_FollowUp";
  public static final String TASK_DECIDE_OUTCOME = "Task_DecideOutcome";
  public static final String TASK_SUPERVISE = "Task_SuperviseFollowUp";

  public static final String CRM_DEPT = "crm-dept";
}
