package com.crmflow.project.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code customer-project}, declared once. Business data lives in our tables; the
 * process keeps ids, display keys, assignees and routing flags.
 */
public final class ProjectVariables {

  private ProjectVariables() {}

  public static final String PROCESS_KEY = "customer-project";
  public static final String MESSAGE_CUSTOMER_OPINION = "CustomerOpinionReceived";

  // ids and display
  public static final VariableFactory<Long> PROJECT_ID = longVariable("projectId");
  public static final VariableFactory<String> PROJECT_NUMBER = stringVariable("projectNumber");
  public static final VariableFactory<String> PROJECT_TITLE = stringVariable("projectTitle");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  public static final VariableFactory<Long> OPINION_ID = longVariable("opinionId");
  /** element variable of the executor multi-instance */
  public static final VariableFactory<Long> PROJECT_TASK_ID = longVariable("projectTaskId");
  /** element variable of the department review multi-instance */
  public static final VariableFactory<String> REVIEWER = stringVariable("reviewer");
  /** task-local read-only Markdown shown at the top of every form */
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  // assignees
  public static final VariableFactory<String> INITIATOR = stringVariable("initiator");
  public static final VariableFactory<String> ACCOUNT_MANAGER = stringVariable("accountManager");
  public static final VariableFactory<String> PROJECT_LEAD = stringVariable("projectLead");

  // routing flags (the decision fields of the forms)
  public static final VariableFactory<Boolean> REQUIREMENT_MEETING_NEEDED = booleanVariable("requirementMeetingNeeded");
  public static final VariableFactory<Boolean> PLAN_APPROVED = booleanVariable("planApproved");
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final VariableFactory<Boolean> CUSTOMER_CONFIRMED = booleanVariable("customerConfirmed");
  public static final VariableFactory<Boolean> PROBLEM_REPORTED = booleanVariable("problemReported");
  public static final VariableFactory<Boolean> SELF_CHECK_PASSED = booleanVariable("selfCheckPassed");
  public static final VariableFactory<Boolean> ACCEPTANCE_PASSED = booleanVariable("acceptancePassed");
  public static final VariableFactory<Boolean> MULTI_DEPARTMENT = booleanVariable("multiDepartment");

  // option lists for select fields ([{label, value}] as JSON)
  public static final VariableFactory<JsonValue> PROJECT_LEAD_OPTIONS = customVariable("projectLeadOptions", JsonValue.class);
  /** 「客户」 options of the start form (not a process variable: offered with the start form's variables). */
  public static final VariableFactory<JsonValue> CUSTOMER_OPTIONS = customVariable("customerOptions", JsonValue.class);
  public static final VariableFactory<JsonValue> DEPT_HEAD_OPTIONS = customVariable("deptHeadOptions", JsonValue.class);
  public static final VariableFactory<JsonValue> EXECUTOR_OPTIONS = customVariable("executorOptions", JsonValue.class);
  public static final VariableFactory<JsonValue> PROJECT_TASK_OPTIONS = customVariable("projectTaskOptions", JsonValue.class);
}
