package com.crmflow.visit.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code return-visit}, declared once. Business data lives in our tables; the process
 * keeps ids and routing flags — never the customer's contact data.
 */
public final class VisitVariables {

  private VisitVariables() {}

  public static final String PROCESS_KEY = "return-visit";
  /** Correlated to a cycle waiting for its due date when the date moved (grade change): the wait restarts. */
  public static final String RESCHEDULED_MESSAGE = "ReturnVisitRescheduled";

  public static final VariableFactory<Long> VISIT_ID = longVariable("visitId");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  /** element variable of the improvement multi-instance */
  public static final VariableFactory<Long> IMPROVEMENT_ID = longVariable("improvementId");
  public static final VariableFactory<String> COMPLAINT_NUMBER = stringVariable("complaintNumber");

  /** the number of the next cycle's visit, for the history of this one */
  public static final VariableFactory<String> NEXT_VISIT_NUMBER = stringVariable("nextVisitNumber");
  // routing flags
  public static final VariableFactory<Boolean> CUSTOMER_ACTIVE = booleanVariable("customerActive");
  public static final VariableFactory<Boolean> ISSUES_RAISED = booleanVariable("issuesRaised");
  public static final VariableFactory<Boolean> COMPLAINT_RAISED = booleanVariable("complaintRaised");

  // task-local: the Markdown summary at the top of every form and the departments of the issue list
  public static final VariableFactory<String> CONTEXT = stringVariable("context");
  public static final VariableFactory<JsonValue> DEPARTMENT_OPTIONS = customVariable("departmentOptions", JsonValue.class);

  // user tasks
  public static final String TASK_VISIT = "Task_Visit";
  public static final String TASK_IMPROVEMENT = "Task_Improvement";
  public static final String TASK_SUPERVISE = "Task_SuperviseOverdueVisit";

  public static final String CRM_DEPT = "crm-dept";
}
