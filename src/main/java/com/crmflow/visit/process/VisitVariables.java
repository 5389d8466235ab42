package com.crmflow.visit.process;

/**
 * The process variables of {@code return-visit}, declared once. Business data lives in our tables; the process
 * keeps ids and routing flags — never the customer's contact data.
 */
public final class VisitVariables {

  private VisitVariables() {}

  public static final String PROCESS_KEY = "return-visit";
  /** Correlated to a cycle waiting for its due date when the date moved (grade change): the wait restarts. */
  public static final String RESCHEDULED_MESSAGE = "ReturnVisitRescheduled";

  public static final String VISIT_ID = "visitId";
  public static final String CUSTOMER_ID = "customerId";
  /** element variable of the improvement multi-instance */
  public static final String IMPROVEMENT_ID = "improvementId";
  public static final String COMPLAINT_NUMBER = "complaintNumber";

  // routing flags
  public static final String CUSTOMER_ACTIVE = "customerActive";
  public static final String ISSUES_RAISED = "issuesRaised";
  public static final String COMPLAINT_RAISED = "complaintRaised";

  // task-local: the Markdown summary at the top of every form and the departments of the issue list
  public static final String CONTEXT = "context";
  public static final String DEPARTMENT_OPTIONS = "departmentOptions";

  // user tasks
  public static final String TASK_VISIT = "Task_Visit";
  public static final String TASK_IMPROVEMENT = "Task_Improvement";
  public static final String TASK_SUPERVISE = "Task_SuperviseOverdueVisit";

  public static final String CRM_DEPT = "crm-dept";
}
