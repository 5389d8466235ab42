package com.crmflow.customer.credit;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The process variables of {@code credit-evaluation}, declared once. The evaluation itself lives in
 * {@code crm_credit_evaluation}; the process keeps its id, the customer's id and the routing flags.
 */
public final class CreditVariables {

  private CreditVariables() {}

  public static final String PROCESS_KEY = "credit-evaluation";

  /** The evaluation being worked on (after a lapse: the re-evaluation). */
  public static final VariableFactory<Long> EVALUATION_ID = longVariable("evaluationId");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");

  // routing flags
  public static final VariableFactory<Boolean> RISK_MEASURES_NEEDED = booleanVariable("riskMeasuresNeeded");
  public static final VariableFactory<Boolean> REEVALUATION_OPENED = booleanVariable("reevaluationOpened");

  // task-local: the Markdown summary at the top of every form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  // user tasks
  public static final String TASK_EVALUATE = "Task_EvaluateCredit";
  public static final String TASK_RISK_MEASURES = "Task_SetRiskMeasures";

  public static final String FINANCE = "finance";
  public static final String CRM_DEPT = "crm-dept";
}
