package com.crmflow.care.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code care-activity} and {@code care-greetings}, declared once: ids and routing flags;
 * the plan, replies, attendance, summary and greetings live in the crm_care_* tables.
 */
public final class CareVariables {

  private CareVariables() {}

  public static final String PROCESS_KEY = "care-activity";
  public static final String GREETINGS_PROCESS_KEY = "care-greetings";

  public static final VariableFactory<Long> CARE_ACTIVITY_ID = longVariable("careActivityId");
  public static final VariableFactory<String> INITIATOR = stringVariable("initiator");
  /** multi-instance element of 确认客户邀请 (a crm_care_target id) */
  public static final VariableFactory<Long> TARGET_ID = longVariable("targetId");
  /** multi-instance element of 落实改进事项 (a crm_care_improvement id) */
  public static final VariableFactory<Long> IMPROVEMENT_ID = longVariable("careImprovementId");
  // routing flags, each set by our own step right before its gateway
  public static final VariableFactory<Boolean> GREETING = booleanVariable("greeting");
  public static final VariableFactory<Boolean> ANY_ACCEPTED = booleanVariable("anyAccepted");
  public static final VariableFactory<Boolean> HAS_IMPROVEMENTS = booleanVariable("hasImprovements");

  // option lists of the forms ([{label, value}])
  public static final VariableFactory<JsonValue> CUSTOMER_OPTIONS = customVariable("customerOptions", JsonValue.class);
  public static final VariableFactory<JsonValue> TARGET_OPTIONS = customVariable("targetOptions", JsonValue.class);
  public static final VariableFactory<JsonValue> ATTENDEE_OPTIONS = customVariable("attendeeOptions", JsonValue.class);
  public static final VariableFactory<JsonValue> OWNER_OPTIONS = customVariable("ownerOptions", JsonValue.class);

  // care-greetings: the element of each greeting task (a crm_care_greeting id; the collections are read from the
  // greetings bound to the instance, never from a variable)
  public static final VariableFactory<Long> GREETING_ID = longVariable("greetingId");

  // task-local: the Markdown summary at the top of every form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  public static final String TASK_SEND_GREETINGS = "Task_SendGreetings";
  public static final String TASK_CONFIRM_INVITATION = "Task_ConfirmInvitation";
  public static final String TASK_EXECUTE = "Task_ExecuteActivity";
  public static final String TASK_SUMMARIZE = "Task_SummarizeActivity";
  public static final String TASK_FOLLOW_IMPROVEMENT = "Task_FollowImprovement";
  public static final String TASK_BIRTHDAY_WISH = "Task_SendBirthdayWish";
  public static final String TASK_HOLIDAY_GREETING = "Task_SendHolidayGreeting";

  public static final String CRM_DEPT = "crm-dept";
}
