package com.crmflow.supervision.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The process variables of {@code supervision-inspection} and {@code grading-audit}, declared once: ids and routing
 * flags; the checklists, findings and audit data live in the crm_supervision_* tables. The case and the finding of
 * a multi-instance task are its element variables ({@code caseId}, {@code findingId}), always checked against the
 * inspection bound to the instance.
 */
public final class SupervisionVariables {

  private SupervisionVariables() {}

  public static final String INSPECTION_PROCESS_KEY = "supervision-inspection";
  public static final String AUDIT_PROCESS_KEY = "grading-audit";
  /** The small process whose timer start event (crm.supervision.audit-cycle) starts the yearly audit. */
  public static final String AUDIT_YEARLY_PROCESS_KEY = "grading-audit-yearly";
  /** Message of the start event 年度分级体系审计 of grading-audit. */
  public static final String MESSAGE_AUDIT_YEARLY = "GradingAuditYearly";

  public static final VariableFactory<Long> INSPECTION_ID = longVariable("inspectionId");
  public static final VariableFactory<Long> CASE_ID = longVariable("caseId");
  public static final VariableFactory<Long> FINDING_ID = longVariable("findingId");
  public static final VariableFactory<Long> AUDIT_ID = longVariable("auditId");
  // routing flags
  public static final VariableFactory<Boolean> ANY_CASES = booleanVariable("anyCases");
  public static final VariableFactory<Boolean> ANY_FINDINGS = booleanVariable("anyFindings");
  // task-local: the Markdown summary at the top of every form, the rows of the checklist, the department options
  public static final VariableFactory<String> CONTEXT = stringVariable("context");
  public static final String CHECKLIST = "checklist";
  public static final String DEPARTMENT_OPTIONS = "departmentOptions";

  public static final String TASK_CHECK_CASE = "Task_CheckCase";
  public static final String TASK_RECTIFY = "Task_Rectify";
  public static final String TASK_REVIEW_RECTIFICATION = "Task_ReviewRectification";
  public static final String TASK_REVIEW_GRADING = "Task_ReviewGradingSystem";
  public static final String TASK_READ_AUDIT_REPORT = "Task_ReadAuditReport";

  public static final String SUPERVISOR = "supervisor";
  public static final String SENIOR_MANAGEMENT = "senior-management";
  public static final String OVERDUE_TEMPLATE = "supervision-finding-overdue";
}
