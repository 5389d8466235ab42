package com.crmflow.project.process;

/**
 * The process variables of {@code customer-project}, declared once. Business data lives in our tables; the
 * process keeps ids, display keys, assignees and routing flags.
 */
public final class ProjectVariables {

  private ProjectVariables() {}

  public static final String PROCESS_KEY = "customer-project";
  public static final String MESSAGE_CUSTOMER_OPINION = "CustomerOpinionReceived";

  // ids and display
  public static final String PROJECT_ID = "projectId";
  public static final String PROJECT_NUMBER = "projectNumber";
  public static final String PROJECT_TITLE = "projectTitle";
  public static final String CUSTOMER_ID = "customerId";
  public static final String OPINION_ID = "opinionId";
  /** element variable of the executor multi-instance */
  public static final String PROJECT_TASK_ID = "projectTaskId";
  /** element variable of the department review multi-instance */
  public static final String REVIEWER = "reviewer";
  /** task-local read-only Markdown shown at the top of every form */
  public static final String CONTEXT = "context";

  // assignees
  public static final String INITIATOR = "initiator";
  public static final String ACCOUNT_MANAGER = "accountManager";
  public static final String PROJECT_LEAD = "projectLead";

  // routing flags (the decision fields of the forms)
  public static final String REQUIREMENT_MEETING_NEEDED = "requirementMeetingNeeded";
  public static final String PLAN_APPROVED = "planApproved";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String CUSTOMER_CONFIRMED = "customerConfirmed";
  public static final String PROBLEM_REPORTED = "problemReported";
  public static final String SELF_CHECK_PASSED = "selfCheckPassed";
  public static final String ACCEPTANCE_PASSED = "acceptancePassed";
  public static final String MULTI_DEPARTMENT = "multiDepartment";

  // option lists for select fields ([{label, value}] as JSON)
  public static final String PROJECT_LEAD_OPTIONS = "projectLeadOptions";
  public static final String DEPT_HEAD_OPTIONS = "deptHeadOptions";
  public static final String EXECUTOR_OPTIONS = "executorOptions";
  public static final String PROJECT_TASK_OPTIONS = "projectTaskOptions";
}
