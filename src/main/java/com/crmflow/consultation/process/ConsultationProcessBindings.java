package com.crmflow.consultation.process;

import static com.crmflow.consultation.process.ConsultationVariables.*;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.consultation.domain.Consultation;
import com.crmflow.consultation.domain.ConsultationAnswering;
import com.crmflow.consultation.domain.ConsultationAnswering.AnswerInput;
import com.crmflow.consultation.domain.ConsultationInput;
import com.crmflow.consultation.domain.ConsultationIntake;
import com.crmflow.consultation.domain.ConsultationTimeLimits;
import com.crmflow.consultation.domain.ConsultationTimeLimits.Supervision;
import com.crmflow.consultation.domain.Consultations;
import com.crmflow.consultation.process.form.ConsultationAnswerForm;
import com.crmflow.consultation.process.form.ConsultationIntakeForm;
import com.crmflow.consultation.process.form.ConsultationSuperviseForm;
import com.crmflow.development.domain.LeadCapture.Enquiry;
import com.crmflow.development.domain.LeadCapture.EnquiryLead;
import com.crmflow.development.process.EnquiryLeads;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.ModelProperties;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/customer-consultation.bpmn}. Each one is thin: it takes what
 * the form submitted (through the generated form readers), calls the consultation's steps
 * ({@link ConsultationIntake}, {@link ConsultationAnswering}, {@link ConsultationTimeLimits}) or what customer
 * development publishes for enquiries ({@link EnquiryLeads}), and leaves ids and the routing flag
 * {@code cooperationIntent}. The actor is always the logged-in user (or the task's assignee), never a variable.
 */
@Configuration
public class ConsultationProcessBindings {

  private final Consultations consultations;
  private final ConsultationIntake intake;
  private final ConsultationAnswering answering;
  private final ConsultationTimeLimits timeLimits;
  private final ConsultationStarts starts;
  private final ConsultationDeadlines deadlines;
  private final EnquiryLeads enquiryLeads;

  public ConsultationProcessBindings(Consultations consultations, ConsultationIntake intake,
      ConsultationAnswering answering, ConsultationTimeLimits timeLimits, ConsultationStarts starts,
      ConsultationDeadlines deadlines, EnquiryLeads enquiryLeads) {
    this.consultations = consultations;
    this.intake = intake;
    this.answering = answering;
    this.timeLimits = timeLimits;
    this.starts = starts;
    this.deadlines = deadlines;
    this.enquiryLeads = enquiryLeads;
  }

  /** The consultation of this instance: the {@code consultationId} variable checked against the record's instance. */
  private Consultation consultation(VariableScope scope) {
    return consultations.boundTo(idVariable(scope, CONSULTATION_ID), Engine.processInstanceId(scope));
  }

  /**
   * 登记咨询: the consultation {@code POST /api/consultations} recorded (consultationId given) is bound to this
   * instance; one from the Tasklist start form is received here as the logged-in user, who must be allowed to record
   * for the chosen customer.
   */
  @Bean
  public JavaDelegate registerConsultation() {
    return execution -> {
      Long id = idVariable(execution, CONSULTATION_ID);
      Consultation c;
      if (id != null) {
        c = consultations.get(id);
      } else {
        String user = Engine.authenticatedUser(execution);
        if (user == null) {
          throw new BusinessRuleException("受理客户咨询需要登录的用户");
        }
        FormData form = FormData.of(execution);
        ConsultationInput in = intake.check(new ConsultationInput(ConsultationIntakeForm.channel(form),
            customerId(ConsultationIntakeForm.customerId(form)), ConsultationIntakeForm.companyName(form),
            ConsultationIntakeForm.contactName(form), ConsultationIntakeForm.contactPhone(form),
            ConsultationIntakeForm.contactEmail(form), ConsultationIntakeForm.question(form),
            ConsultationIntakeForm.cooperationIntent(form)));
        starts.requireMayRecordFor(in.customerId(), user);
        c = intake.receive(in, user);
        execution.setProcessBusinessKey(c.getConsultationNumber());
        INITIATOR.on(execution).set(user);
      }
      consultations.attachProcess(c.getId(), execution.getProcessInstanceId());
      CONSULTATION_ID.on(execution).set(c.getId());
      CONSULTATION_NUMBER.on(execution).set(c.getConsultationNumber());
      if (c.getCustomerId() != null) {
        CUSTOMER_ID.on(execution).set(c.getCustomerId());
      }
      COOPERATION_INTENT.on(execution).set(Boolean.TRUE.equals(c.getCooperationIntent()));
    };
  }

  /** The customer chosen in the start form's select (its option values are the ids as text), or null. */
  static Long customerId(String chosen) {
    if (chosen == null || chosen.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(chosen.endsWith(".0") ? chosen.substring(0, chosen.length() - 2) : chosen.trim());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(ConsultationIntakeForm.CUSTOMER_ID, "不是客户档案中的客户：" + chosen);
    }
  }

  /** 答复咨询: the answer of the person completing the task; whether the response time was kept. */
  @Bean
  public TaskListener consultationAnswered() {
    return task -> {
      FormData form = FormData.of(task);
      answering.answer(consultation(task).getId(), new AnswerInput(ConsultationAnswerForm.answer(form),
          ConsultationAnswerForm.answerWay(form), ConsultationAnswerForm.resolved(form)), actor(task));
    };
  }

  /**
   * 转为销售线索: the cooperation intent becomes a lead of customer development (a known customer is linked, never
   * duplicated; a customer with an open lead gets no second one), recorded on the consultation.
   */
  @Bean
  public JavaDelegate consultationToLead() {
    return execution -> {
      Consultation c = consultation(execution);
      if (c.getAnsweredBy() == null) {
        throw new BusinessRuleException("咨询 " + c.getConsultationNumber() + " 尚未答复，不能转为销售线索");
      }
      String needs = "客户咨询（" + c.getConsultationNumber() + "）：" + c.getQuestion();
      EnquiryLead lead = enquiryLeads.follow(new Enquiry(c.getCustomerId(), c.getCompanyName(),
          needs.length() > 4000 ? needs.substring(0, 4000) : needs, c.getConsultationNumber()), c.getAnsweredBy());
      answering.recordLead(c.getId(), lead.lead().getLeadNumber(), lead.created(), c.getAnsweredBy());
    };
  }

  /** The warning time of the response time passed. */
  @Bean
  public JavaDelegate consultationDeadlineWarning() {
    return deadlines::warn;
  }

  /** The response time passed unanswered: escalation to cs-manager (level 1) or senior-management (level 2). */
  @Bean
  public JavaDelegate consultationDeadlineEscalation() {
    return deadlines::escalate;
  }

  /** 督办超时咨询: what cs-manager did. */
  @Bean
  public TaskListener consultationSupervised() {
    return task -> {
      // the model says who supervises (extension property supervisionLevel of the task: 1 cs-manager, 2 senior)
      int level = ModelProperties.of(task, ModelProperties.SUPERVISION_LEVEL).map(Integer::parseInt)
          .orElseThrow(() -> new IllegalStateException("User task " + task.getTaskDefinitionKey()
              + " has no extension property " + ModelProperties.SUPERVISION_LEVEL + " (1 or 2)"));
      timeLimits.recordSupervision(consultation(task).getId(), level,
          new Supervision(ConsultationSuperviseForm.superviseMeasures(FormData.of(task))), actor(task));
    };
  }
}
