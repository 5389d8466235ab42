package com.crmflow.consultation.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code customer-consultation}, declared once. The consultation (question, enquirer,
 * answer) lives in our tables; the process keeps its id and number, the customer's id and the routing flag.
 */
public final class ConsultationVariables {

  private ConsultationVariables() {}

  public static final String PROCESS_KEY = "customer-consultation";
  /** options of the start form's customer select ([{label, value}], given with the form: ConsultationOptions) */
  public static final VariableFactory<JsonValue> CUSTOMER_OPTIONS = customVariable("customerOptions", JsonValue.class);

  public static final VariableFactory<Long> CONSULTATION_ID = longVariable("consultationId");
  public static final VariableFactory<String> CONSULTATION_NUMBER = stringVariable("consultationNumber");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  public static final VariableFactory<String> INITIATOR = stringVariable("initiator");
  // routing flag: copied from the recorded consultation, never taken from a later submission
  public static final VariableFactory<Boolean> COOPERATION_INTENT = booleanVariable("cooperationIntent");

  // task-local: the Markdown summary at the top of every form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  // user tasks
  public static final String TASK_ANSWER = "Task_AnswerConsultation";
  public static final String TASK_SUPERVISE = "Task_SuperviseOverdueConsultation";
  public static final String TASK_SUPERVISE_SENIOR = "Task_SuperviseOverdueConsultationSenior";

  public static final String CS_SPECIALIST = "cs-specialist";
  public static final String CS_MANAGER = "cs-manager";
  public static final String SENIOR_MANAGEMENT = "senior-management";
}
