package com.crmflow.complaint.analysis;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The process variables of {@code complaint-analysis}: the report's id; the form fields are taken out. */
public final class ComplaintAnalysisVariables {

  private ComplaintAnalysisVariables() {}

  public static final String PROCESS_KEY = "complaint-analysis";
  /** The small process whose timer start event (crm.complaint.analysis-cycle) starts the monthly analysis. */
  public static final String MONTHLY_PROCESS_KEY = "complaint-analysis-monthly";
  /** Message of the start event 每月投诉分析 of complaint-analysis. */
  public static final String MESSAGE_MONTHLY = "ComplaintAnalysisMonthly";
  public static final VariableFactory<Long> REPORT_ID = longVariable("reportId");
  /** task-local read-only Markdown shown at the top of the improvement form */
  public static final VariableFactory<String> CONTEXT = stringVariable("context");
  public static final VariableFactory<String> INITIATOR = stringVariable("initiator");

  // the fields of the start form complaint-analysis-start (manual start only; the monthly timer analyses the
  // previous month) and of complaint-improvement: form.ComplaintAnalysisStartForm, form.ComplaintImprovementForm

  public static final String TASK_RECORD_IMPROVEMENTS = "Task_RecordImprovements";
}
