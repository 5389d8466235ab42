package com.crmflow.complaint.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The process variables of {@code complaint-handling}, declared once. Business data lives in our tables; the
 * process keeps ids and routing flags.
 */
public final class ComplaintVariables {

  private ComplaintVariables() {}

  public static final String PROCESS_KEY = "complaint-handling";

  public static final VariableFactory<Long> COMPLAINT_ID = longVariable("complaintId");
  public static final VariableFactory<String> COMPLAINT_NUMBER = stringVariable("complaintNumber");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  public static final VariableFactory<String> INITIATOR = stringVariable("initiator");
  public static final VariableFactory<Long> RESPONSE_DEADLINE_ID = longVariable("responseDeadlineId");
  public static final VariableFactory<Long> FEEDBACK_DEADLINE_ID = longVariable("feedbackDeadlineId");
  /** The variable that holds the id of a deadline of the given kind (ComplaintDeadline.INITIAL_RESPONSE, …). */
  public static VariableFactory<Long> deadlineIdOf(String kind) {
    return switch (kind) {
      case "INITIAL_RESPONSE" -> RESPONSE_DEADLINE_ID;
      case "RESULT_FEEDBACK" -> FEEDBACK_DEADLINE_ID;
      default -> throw new IllegalArgumentException("no deadline kind " + kind);
    };
  }

  /** 0 = customer service, 1 = cs-manager, 2 and more = senior-management (raised when the customer is not satisfied). */
  public static final VariableFactory<Integer> ESCALATION_LEVEL = intVariable("escalationLevel");

  /** task-local read-only Markdown at the top of every form */
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  // routing flags (decision keys of the forms)
  public static final VariableFactory<Boolean> MEETING_NEEDED = booleanVariable("meetingNeeded");
  public static final VariableFactory<Boolean> CUSTOMER_AGREES = booleanVariable("customerAgrees");
  public static final VariableFactory<Boolean> HANDLING_COMPLETED = booleanVariable("handlingCompleted");
  public static final VariableFactory<Boolean> CUSTOMER_SATISFIED = booleanVariable("customerSatisfied");
  public static final VariableFactory<Boolean> RECURRED = booleanVariable("recurred");
}
