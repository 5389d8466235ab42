package com.crmflow.customer.grading;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code customer-grading} and {@code customer-grading-schedule}. Grades, scores and
 * indicators live in our tables (crm_grading_run, crm_grading_result); the process keeps ids and counts.
 */
public final class GradingVariables {

  private GradingVariables() {}

  public static final String PROCESS_KEY = "customer-grading";
  /** The small process whose timer start event (crm.grading.cycle) starts the periodic regrading. */
  public static final String SCHEDULE_PROCESS_KEY = "customer-grading-schedule";
  /** Start message of 定期分级 (sent by customer-grading-schedule). */
  public static final String MESSAGE_PERIODIC = "CustomerGradingPeriodic";
  /** Start message of 客户重大变化 for systems (POST /api/customers/{id}/major-changes). */
  public static final String MESSAGE_MAJOR_CHANGE = "CustomerMajorChange";

  public static final VariableFactory<Long> RUN_ID = longVariable("runId");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  public static final VariableFactory<String> INITIATOR = stringVariable("initiator");
  /** Who reported a major change through the message start (set by the API after its checks). */
  public static final VariableFactory<String> REPORTED_BY = stringVariable("reportedBy");
  public static final VariableFactory<Integer> CHUNK_COUNT = intVariable("chunkCount");
  public static final VariableFactory<Integer> CHANGE_COUNT = intVariable("changeCount");
  public static final VariableFactory<Integer> APPLY_CHUNK_COUNT = intVariable("applyChunkCount");
  public static final VariableFactory<Integer> HANDOVER_COUNT = intVariable("handoverCount");
  public static final VariableFactory<Integer> LOOP_COUNTER = intVariable("loopCounter");
  /** task-local read-only Markdown at the top of the review and handover forms */
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  // start form customer-major-change: its keys (CustomerMajorChangeForm) are also the message start's variables

  // form customer-grading-review (task-local: changes, changeOptions, approvedChanges, remainingCount)
  /** the listed changes, rows of the table */
  public static final VariableFactory<JsonValue> CHANGES = customVariable("changes", JsonValue.class);
  /** options of the checklist approvedChanges: label and result id */
  public static final VariableFactory<JsonValue> CHANGE_OPTIONS = customVariable("changeOptions", JsonValue.class);
  /** the result ids approved (checklist, all checked at first) */
  public static final VariableFactory<JsonValue> APPROVED_CHANGES = customVariable("approvedChanges", JsonValue.class);
  /** lines 「评定编号 等级 理由」 */
  public static final VariableFactory<Integer> REMAINING_COUNT = intVariable("remainingCount");

  // form customer-handover

  public static final String TASK_REVIEW = "Task_ReviewGrades";
  public static final String TASK_HANDOVER = "Task_Handover";
}
