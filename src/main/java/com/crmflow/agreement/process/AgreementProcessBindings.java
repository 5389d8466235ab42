package com.crmflow.agreement.process;

import static com.crmflow.agreement.process.AgreementVariables.*;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementDrafting;
import com.crmflow.agreement.domain.AgreementExpiry;
import com.crmflow.agreement.domain.AgreementExpiry.ExpiryPlan;
import com.crmflow.agreement.domain.AgreementInput;
import com.crmflow.agreement.domain.AgreementRequests;
import com.crmflow.agreement.domain.AgreementTermination;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.agreement.domain.LegalReview;
import com.crmflow.agreement.domain.LegalReview.Review;
import com.crmflow.agreement.domain.Signing;
import com.crmflow.agreement.domain.Signing.Signature;
import com.crmflow.agreement.process.form.AgreementDraftForm;
import com.crmflow.agreement.process.form.AgreementDraftRequestForm;
import com.crmflow.agreement.process.form.AgreementExpiryNoticeForm;
import com.crmflow.agreement.process.form.AgreementLegalReviewForm;
import com.crmflow.agreement.process.form.AgreementReviseForm;
import com.crmflow.agreement.process.form.AgreementSigningForm;
import com.crmflow.agreement.process.form.AgreementTerminationReviewForm;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/cooperation-agreement.bpmn}. Each one is thin: it takes what
 * the form submitted out of the process variables, calls the agreement's steps ({@link AgreementDrafting},
 * {@link LegalReview}, {@link Signing}, {@link AgreementExpiry}) and leaves ids, the drafter and the routing flag
 * {@code approved}. The actor is always the authenticated user (the task's assignee in tests without one).
 */
@Configuration
public class AgreementProcessBindings {

  private final Agreements agreements;
  private final AgreementDrafting drafting;
  private final LegalReview legalReview;
  private final Signing signing;
  private final AgreementExpiry expiry;
  private final AgreementStarts starts;
  private final AgreementTermination termination;
  private final AgreementRequests requests;

  public AgreementProcessBindings(Agreements agreements, AgreementDrafting drafting, LegalReview legalReview,
      Signing signing, AgreementExpiry expiry, AgreementStarts starts, AgreementTermination termination,
      AgreementRequests requests) {
    this.requests = requests;
    this.termination = termination;
    this.agreements = agreements;
    this.drafting = drafting;
    this.legalReview = legalReview;
    this.signing = signing;
    this.expiry = expiry;
    this.starts = starts;
  }

  /** The agreement of this instance: the {@code agreementId} variable checked against the record's instance. */
  private Long agreementId(VariableScope scope) {
    return agreements.boundTo(idVariable(scope, AGREEMENT_ID), Engine.processInstanceId(scope)).getId();
  }

  /**
   * Start: the agreement drafted in the start form is saved in DRAFT (Tasklist), or the one {@code POST
   * /api/agreements} saved is bound to this instance. The drafter is the authenticated user, who must be allowed to
   * draft for the customer.
   */
  @Bean
  public JavaDelegate registerAgreement() {
    return execution -> {
      Long agreementId = idVariable(execution, AGREEMENT_ID);
      Agreement a;
      if (agreementId != null) {
        a = agreements.get(agreementId);
      } else {
        String drafter = Engine.authenticatedUser(execution);
        FormData form = FormData.of(execution);
        AgreementInput in = new AgreementInput(customerId(AgreementDraftForm.customerId(form)),
            AgreementDraftForm.title(form),
            AgreementDraftForm.parties(form), AgreementDraftForm.rightsObligations(form),
            AgreementDraftForm.content(form), AgreementDraftForm.startDate(form), AgreementDraftForm.endDate(form),
            AgreementDraftForm.paymentTerms(form), AgreementDraftForm.breachLiability(form));
        starts.requireMayDraft(in.customerId(), drafter);
        a = drafting.draft(in, drafter);
        execution.setProcessBusinessKey(a.getAgreementNumber());
      }
      agreements.attachProcess(a.getId(), execution.getProcessInstanceId());
      AGREEMENT_ID.on(execution).set(a.getId());
      AGREEMENT_NUMBER.on(execution).set(a.getAgreementNumber());
      CUSTOMER_ID.on(execution).set(a.getCustomerId());
      DRAFTER.on(execution).set(a.getDraftedBy());
    };
  }

  /** The request that started this instance (message AgreementDraftRequested) is bound to it, once. */
  @Bean
  public ExecutionListener agreementRequestBound() {
    return execution -> requests.attachProcess(idVariable(execution, REQUEST_ID), execution.getProcessInstanceId());
  }

  /**
   * 起草合作协议 of a requested draft (a converted lead): the terms from the task's form, the customer the request
   * fixed; the drafter is who completes the task (legal, or the business department member it was offered to), who
   * must be allowed to draft for that customer.
   */
  @Bean
  public TaskListener agreementDraftedOnRequest() {
    return task -> {
      String drafter = actor(task);
      var request = requests.boundTo(idVariable(task, REQUEST_ID), Engine.processInstanceId(task));
      starts.requireMayDraft(request.getCustomerId(), drafter);
      FormData form = FormData.of(task);
      Agreement a = requests.draft(request.getId(), Engine.processInstanceId(task), new AgreementInput(
          request.getCustomerId(), AgreementDraftRequestForm.title(form), AgreementDraftRequestForm.parties(form),
          AgreementDraftRequestForm.rightsObligations(form), AgreementDraftRequestForm.content(form),
          AgreementDraftRequestForm.startDate(form), AgreementDraftRequestForm.endDate(form),
          AgreementDraftRequestForm.paymentTerms(form), AgreementDraftRequestForm.breachLiability(form)), drafter);
      var execution = task.getExecution();
      execution.setProcessBusinessKey(a.getAgreementNumber());
      agreements.attachProcess(a.getId(), execution.getProcessInstanceId());
      AGREEMENT_ID.on(execution).set(a.getId());
      AGREEMENT_NUMBER.on(execution).set(a.getAgreementNumber());
      CUSTOMER_ID.on(execution).set(a.getCustomerId());
      DRAFTER.on(execution).set(a.getDraftedBy());
    };
  }

  /** The customer chosen in the start form's select (its option values are the ids as text). */
  static Long customerId(String chosen) {
    if (chosen == null) {
      return null;
    }
    try {
      return Long.valueOf(chosen.endsWith(".0") ? chosen.substring(0, chosen.length() - 2) : chosen);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(AgreementDraftForm.CUSTOMER_ID, "不是客户档案中的客户：" + chosen);
    }
  }

  /** Legal's review: approved → signing, changes requested → the drafter revises. */
  @Bean
  public TaskListener agreementReviewed() {
    return task -> {
      FormData form = FormData.of(task);
      boolean approved = legalReview.review(agreementId(task), new Review(AgreementLegalReviewForm.decision(form),
          AgreementLegalReviewForm.reviewComment(form)), actor(task));
      APPROVED.on(task).set(approved);
    };
  }

  /** The drafter's revision: the same terms as the draft (the customer stays), back to legal review. */
  @Bean
  public TaskListener agreementRevised() {
    return task -> {
      Long id = agreementId(task);
      FormData form = FormData.of(task);
      drafting.revise(id, new AgreementInput(agreements.get(id).getCustomerId(), AgreementReviseForm.title(form),
          AgreementReviseForm.parties(form), AgreementReviseForm.rightsObligations(form),
          AgreementReviseForm.content(form), AgreementReviseForm.startDate(form), AgreementReviseForm.endDate(form),
          AgreementReviseForm.paymentTerms(form), AgreementReviseForm.breachLiability(form)), actor(task));
      // the copies AgreementContext put on the execution for the form, where a submission to the task left them
      task.getExecution().removeVariables(List.of(AgreementReviseForm.TITLE, AgreementReviseForm.PARTIES,
          AgreementReviseForm.RIGHTS_OBLIGATIONS, AgreementReviseForm.CONTENT, AgreementReviseForm.START_DATE,
          AgreementReviseForm.END_DATE, AgreementReviseForm.PAYMENT_TERMS, AgreementReviseForm.BREACH_LIABILITY));
    };
  }

  /** Legal records the signature of both authorised representatives: the agreement is in force. */
  @Bean
  public TaskListener agreementSigned() {
    return task -> {
      FormData form = FormData.of(task);
      Agreement a = signing.sign(agreementId(task), new Signature(AgreementSigningForm.ourRepresentative(form),
          AgreementSigningForm.customerRepresentative(form), AgreementSigningForm.signedOn(form)), actor(task));
      if (a.getPreviousAgreementId() != null) {
        // the amended version's instance stops waiting for its expiry: it is superseded
        String previous = agreements.get(a.getPreviousAgreementId()).getProcessInstanceId();
        Engine.asSystem(() -> task.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(SUPERSEDED_MESSAGE).processInstanceId(previous).correlateAllWithResult());
      }
    };
  }

  /** The drafter's plan for the end of the term (「协议即将到期」). */
  @Bean
  public TaskListener expiryPlanned() {
    return task -> {
      FormData form = FormData.of(task);
      expiry.plan(agreementId(task), new ExpiryPlan(AgreementExpiryNoticeForm.expiryPlan(form),
          AgreementExpiryNoticeForm.expiryNote(form)), actor(task));
    };
  }

  /** Legal's review of a termination request: approved → the instance ends (协议已终止). */
  @Bean
  public TaskListener terminationReviewed() {
    return task -> {
      FormData form = FormData.of(task);
      TERMINATED.on(task).set(termination.review(agreementId(task), new AgreementTermination.Review(
          AgreementTerminationReviewForm.terminationDecision(form),
          AgreementTerminationReviewForm.terminationComment(form)), actor(task)));
    };
  }

  /** The end of the term: the agreement expires. */
  @Bean
  public JavaDelegate expireAgreement() {
    return execution -> expiry.expire(agreementId(execution));
  }

  /** The dates of the agreement's timers, read from the agreement bound to the instance. */
  @Bean
  public AgreementDates agreementDates() {
    return new AgreementDates();
  }

  /** {@code ${agreementDates.noticeAt(execution)}} and {@code ${agreementDates.endsAt(execution)}}. */
  public class AgreementDates {

    public Date noticeAt(DelegateExecution execution) {
      return expiry.noticeAt(agreementId(execution));
    }

    public Date endsAt(DelegateExecution execution) {
      return expiry.endsAt(agreementId(execution));
    }
  }
}
