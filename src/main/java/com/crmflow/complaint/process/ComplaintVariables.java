package com.crmflow.complaint.process;

/**
 * The process variables of {@code complaint-handling}, declared once. Business data lives in our tables; the
 * process keeps ids and routing flags.
 */
public final class ComplaintVariables {

  private ComplaintVariables() {}

  public static final String PROCESS_KEY = "complaint-handling";

  public static final String COMPLAINT_ID = "complaintId";
  public static final String COMPLAINT_NUMBER = "complaintNumber";
  public static final String CUSTOMER_ID = "customerId";
  public static final String INITIATOR = "initiator";
  public static final String RESPONSE_DEADLINE_ID = "responseDeadlineId";
  public static final String FEEDBACK_DEADLINE_ID = "feedbackDeadlineId";
  /** 0 = customer service, 1 = cs-manager, 2 and more = senior-management (raised when the customer is not satisfied). */
  public static final String ESCALATION_LEVEL = "escalationLevel";

  // routing flags (decision keys of the forms)
  public static final String MEETING_NEEDED = "meetingNeeded";
  public static final String CUSTOMER_AGREES = "customerAgrees";
  public static final String HANDLING_COMPLETED = "handlingCompleted";
  public static final String CUSTOMER_SATISFIED = "customerSatisfied";
  public static final String RECURRED = "recurred";
}
