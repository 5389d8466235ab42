package com.crmflow.agreement.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The process variables of {@code cooperation-agreement}, declared once. The agreement's terms live in our table;
 * the process keeps ids, the drafter (assignee of the revision and the expiry notice) and the review's routing flag.
 */
public final class AgreementVariables {

  private AgreementVariables() {}

  public static final String PROCESS_KEY = "cooperation-agreement";
  /** options of the start form's customer select ([{label, value}], given with the form: AgreementOptions) */
  public static final VariableFactory<JsonValue> CUSTOMER_OPTIONS = customVariable("customerOptions", JsonValue.class);

  public static final VariableFactory<Long> AGREEMENT_ID = longVariable("agreementId");
  public static final VariableFactory<String> AGREEMENT_NUMBER = stringVariable("agreementNumber");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  /** who drafted the agreement: revises it and gets the expiry notice */
  public static final VariableFactory<String> DRAFTER = stringVariable("drafter");
  /** the draft request of a converted lead (AgreementRequests), bound to this instance */
  public static final VariableFactory<Long> REQUEST_ID = longVariable("agreementRequestId");
  // routing flag
  public static final VariableFactory<Boolean> APPROVED = booleanVariable("approved");
  public static final VariableFactory<Boolean> TERMINATED = booleanVariable("terminated");

  /** Correlated to the instance of an agreement in force when its termination is requested (P6.5). */
  public static final String TERMINATION_MESSAGE = "AgreementTerminationRequested";
  /** Correlated to the instance of the version an amendment replaces, once the amendment is signed (P6.5). */
  public static final String SUPERSEDED_MESSAGE = "AgreementSuperseded";

  /** Starts an instance at the task 起草合作协议 for a customer another process fixed (a converted lead, P5.4). */
  public static final String DRAFT_REQUESTED_MESSAGE = "AgreementDraftRequested";

  // task-local: the Markdown summary at the top of every form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  // user tasks
  public static final String TASK_DRAFT = "Task_DraftAgreement";
  public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
  public static final String TASK_REVISE = "Task_Revise";
  public static final String TASK_SIGN = "Task_RecordSigning";
  public static final String TASK_EXPIRY_NOTICE = "Task_ExpiryNotice";
  public static final String TASK_REVIEW_TERMINATION = "Task_ReviewTermination";

  public static final String LEGAL = "legal";
}
