package com.crmflow.evaluation.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code owner-evaluation}, declared once: the evaluation's id and the routing flag; the
 * figures and proposals live in {@code crm_evaluation*}.
 */
public final class EvaluationVariables {

  private EvaluationVariables() {}

  public static final String PROCESS_KEY = "owner-evaluation";

  public static final VariableFactory<Long> EVALUATION_ID = longVariable("evaluationId");
  // routing flag: some owner had figures in the quarter
  public static final VariableFactory<Boolean> ANY_OWNER = booleanVariable("anyOwner");
  // the rows of the decision form's lists, put on the execution when the task is created
  public static final VariableFactory<JsonValue> PROPOSALS = customVariable("proposals", JsonValue.class);
  public static final VariableFactory<JsonValue> OWNERS = customVariable("owners", JsonValue.class);
  // task-local: the Markdown summary at the top of the form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  public static final String TASK_DECIDE = "Task_DecideProposals";
  public static final String SENIOR_MANAGEMENT = "senior-management";
}
