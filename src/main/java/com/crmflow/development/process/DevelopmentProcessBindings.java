package com.crmflow.development.process;

import static com.crmflow.development.process.DevelopmentVariables.*;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.agreement.process.AgreementStarts;
import com.crmflow.development.domain.FollowUps;
import com.crmflow.development.domain.FollowUps.FollowUpInput;
import com.crmflow.development.domain.FollowUps.Supervision;
import com.crmflow.development.domain.Lead;
import com.crmflow.development.domain.LeadCapture;
import com.crmflow.development.domain.LeadInput;
import com.crmflow.development.domain.LeadOutcome;
import com.crmflow.development.domain.LeadOutcome.OutcomeInput;
import com.crmflow.development.domain.LeadVisitPlanning;
import com.crmflow.development.domain.LeadVisitPlanning.Attendee;
import com.crmflow.development.domain.LeadVisitPlanning.Confirmation;
import com.crmflow.development.domain.LeadVisitPlanning.VisitPlanInput;
import com.crmflow.development.domain.LeadVisitPlanning.VisitRecordInput;
import com.crmflow.development.domain.Leads;
import com.crmflow.development.domain.ProspectGrading;
import com.crmflow.development.process.form.DevelopmentFollowUpForm;
import com.crmflow.development.process.form.DevelopmentLeadForm;
import com.crmflow.development.process.form.DevelopmentOutcomeForm;
import com.crmflow.development.process.form.DevelopmentSuperviseForm;
import com.crmflow.development.process.form.DevelopmentVisitConfirmForm;
import com.crmflow.development.process.form.DevelopmentVisitPlanForm;
import com.crmflow.development.process.form.DevelopmentVisitRecordForm;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/customer-development.bpmn}. Each one is thin: it takes what
 * the form submitted (through the generated form readers), calls the lead's steps ({@link LeadCapture},
 * {@link LeadVisitPlanning}, {@link FollowUps}, {@link LeadOutcome}) and leaves ids and routing flags
 * ({@code visitConfirmed}, {@code followUpAgain}, {@code outcome}). The actor is always the logged-in user (or the
 * task's assignee), never a variable.
 */
@Configuration
public class DevelopmentProcessBindings {

  private final Leads leads;
  private final LeadCapture capture;
  private final LeadVisitPlanning visits;
  private final FollowUps followUps;
  private final LeadOutcome outcome;
  private final AgreementStarts agreementStarts;
  private final ProspectGrading prospects;

  public DevelopmentProcessBindings(Leads leads, LeadCapture capture, LeadVisitPlanning visits, FollowUps followUps,
      LeadOutcome outcome, AgreementStarts agreementStarts, ProspectGrading prospects) {
    this.prospects = prospects;
    this.agreementStarts = agreementStarts;
    this.leads = leads;
    this.capture = capture;
    this.visits = visits;
    this.followUps = followUps;
    this.outcome = outcome;
  }

  /** The lead of this instance: the {@code leadId} variable checked against the lead's process instance. */
  private Long leadId(VariableScope scope) {
    return leads.boundTo(idVariable(scope, LEAD_ID), Engine.processInstanceId(scope)).getId();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * 登记线索: a lead recorded by {@code POST /api/leads} (leadId given) is bound to this instance; one from the
   * Tasklist start form is captured here as the logged-in user.
   */
  @Bean
  public JavaDelegate registerLead() {
    return execution -> {
      Long leadId = idVariable(execution, LEAD_ID);
      Lead lead;
      if (leadId != null) {
        lead = leads.get(leadId);
      } else {
        String user = Engine.authenticatedUser(execution);
        if (user == null) {
          throw new BusinessRuleException("登记销售线索需要登录的用户");
        }
        FormData form = FormData.of(execution);
        lead = capture.capture(new LeadInput(DevelopmentLeadForm.channel(form), DevelopmentLeadForm.referrer(form),
            DevelopmentLeadForm.companyName(form), DevelopmentLeadForm.creditCode(form),
            DevelopmentLeadForm.industry(form), DevelopmentLeadForm.scale(form), DevelopmentLeadForm.needs(form),
            DevelopmentLeadForm.background(form)), user);
        execution.setProcessBusinessKey(lead.getLeadNumber());
        INITIATOR.on(execution).set(user);
      }
      leads.attachProcess(lead.getId(), execution.getProcessInstanceId());
      LEAD_ID.on(execution).set(lead.getId());
      LEAD_NUMBER.on(execution).set(lead.getLeadNumber());
      CUSTOMER_ID.on(execution).set(lead.getCustomerId());
    };
  }

  @Bean
  public TaskListener leadVisitPlanned() {
    return task -> {
      FormData form = FormData.of(task);
      List<Attendee> attendees = new ArrayList<>();
      JsonNode list = DevelopmentVisitPlanForm.attendees(form);
      if (list != null && list.isArray()) {
        list.forEach(a -> attendees.add(new Attendee(text(a, DevelopmentVisitPlanForm.ATTENDEES_NAME),
            text(a, DevelopmentVisitPlanForm.ATTENDEES_ROLE))));
      }
      visits.plan(leadId(task), new VisitPlanInput(DevelopmentVisitPlanForm.visitPurpose(form),
          DevelopmentVisitPlanForm.plannedDate(form), DevelopmentVisitPlanForm.plannedTime(form), attendees,
          DevelopmentVisitPlanForm.visitContent(form), DevelopmentVisitPlanForm.materials(form)), actor(task));
    };
  }

  @Bean
  public TaskListener leadVisitConfirmed() {
    return task -> {
      FormData form = FormData.of(task);
      boolean confirmed = visits.confirm(leadId(task), new Confirmation(DevelopmentVisitConfirmForm.visitConfirmed(form),
          DevelopmentVisitConfirmForm.confirmationNote(form)), actor(task));
      VISIT_CONFIRMED.on(task).set(confirmed);
    };
  }

  @Bean
  public TaskListener leadVisited() {
    return task -> {
      FormData form = FormData.of(task);
      visits.record(leadId(task), new VisitRecordInput(DevelopmentVisitRecordForm.visitedOn(form),
          DevelopmentVisitRecordForm.visitRecord(form), DevelopmentVisitRecordForm.visitSummary(form),
          DevelopmentVisitRecordForm.intention(form), DevelopmentVisitRecordForm.nextStep(form)), actor(task));
    };
  }

  @Bean
  public TaskListener leadFollowedUp() {
    return task -> {
      FormData form = FormData.of(task);
      boolean again = followUps.record(leadId(task), new FollowUpInput(DevelopmentFollowUpForm.followUpWay(form),
          DevelopmentFollowUpForm.contactedOn(form), DevelopmentFollowUpForm.followUpContent(form),
          DevelopmentFollowUpForm.customerFeedback(form), DevelopmentFollowUpForm.problemsSolved(form),
          DevelopmentFollowUpForm.nextAction(form), DevelopmentFollowUpForm.nextFollowUpDate(form)), actor(task));
      FOLLOW_UP_AGAIN.on(task).set(again);
    };
  }

  /** No contact for the configured time → recorded on the lead; crm-dept gets 督办客户跟进. */
  @Bean
  public JavaDelegate leadNoContactEscalation() {
    return execution -> followUps.recordEscalation(leadId(execution));
  }

  @Bean
  public TaskListener leadFollowUpSupervised() {
    return task -> followUps.recordSupervision(leadId(task),
        new Supervision(DevelopmentSuperviseForm.superviseMeasures(FormData.of(task))), actor(task));
  }

  @Bean
  public TaskListener leadOutcomeDecided() {
    return task -> {
      FormData form = FormData.of(task);
      OUTCOME.on(task).set(outcome.decide(leadId(task), new OutcomeInput(DevelopmentOutcomeForm.outcome(form),
          DevelopmentOutcomeForm.outcomeReason(form)), actor(task)));
    };
  }

  /**
   * 潜在客户分类 (SPEC P3.1, P5.4): the nurtured lead's customer is graded from scale, industry and the assessed
   * intention; the actor is the user who decided the outcome (this step runs in that completion), else the lead's
   * owner.
   */
  @Bean
  public JavaDelegate gradeProspect() {
    return execution -> {
      Long leadId = leadId(execution);
      String user = Engine.authenticatedUser(execution);
      prospects.grade(leadId, user != null ? user : leads.get(leadId).getOwner());
    };
  }

  /**
   * 发起合作协议起草 (SPEC P5.4 → P6.1): the converted lead's customer gets its cooperation agreement — the agreement
   * feature opens the task 起草合作协议 for legal and the lead's owner (跟进人), the customer fixed.
   */
  @Bean
  public JavaDelegate requestAgreementDraft() {
    return execution -> {
      Lead lead = leads.get(leadId(execution));
      if (!Lead.CONVERTED.equals(lead.getStatus())) {
        throw new BusinessRuleException("线索 " + lead.getLeadNumber() + " 尚未转化为合作客户，不能发起合作协议");
      }
      agreementStarts.requestDraft(lead.getCustomerId(), lead.getLeadNumber(), lead.getOwner());
    };
  }
}
