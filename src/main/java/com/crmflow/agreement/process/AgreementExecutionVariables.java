package com.crmflow.agreement.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code agreement-execution}, declared once: the execution's id, the obligation of a
 * multi-instance branch, the routing flag of a progress report and the option list of the owner selects. The
 * obligations, reports, meetings and risks live in our tables.
 */
public final class AgreementExecutionVariables {

  private AgreementExecutionVariables() {}

  public static final String PROCESS_KEY = "agreement-execution";

  public static final VariableFactory<Long> EXECUTION_ID = longVariable("executionId");
  /** element variable of 履行协议义务 (one branch per obligation) */
  public static final VariableFactory<Long> OBLIGATION_ID = longVariable("obligationId");
  /** routing flag of 跟踪义务进度, local to each branch */
  public static final VariableFactory<Boolean> OBLIGATION_DONE = booleanVariable("obligationDone");
  /** who may own an obligation or a risk ([{label, value}]) */
  public static final VariableFactory<JsonValue> OWNER_OPTIONS = customVariable("ownerOptions", JsonValue.class);
  /** the current risk register, on the execution while 记录协调会议 is open (the form opens with it) */
  public static final VariableFactory<JsonValue> RISKS = customVariable("risks", JsonValue.class);

  /** Correlated to the execution's instance when its agreement is no longer in force. */
  public static final String ENDED_MESSAGE = "AgreementExecutionEnded";

  // task-local: the Markdown summary at the top of every form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  public static final String TASK_BREAK_DOWN = "Task_BreakDownObligations";
  public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
  public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
}
