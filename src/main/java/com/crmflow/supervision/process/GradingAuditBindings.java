package com.crmflow.supervision.process;

import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.supervision.process.SupervisionVariables.*;

import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.Engine;
import com.crmflow.supervision.domain.GradingAudit;
import com.crmflow.supervision.domain.GradingAudits;
import com.crmflow.supervision.domain.Inspections;
import com.crmflow.supervision.process.form.GradingAuditDecisionForm;
import com.crmflow.supervision.process.form.GradingAuditReviewForm;
import com.crmflow.supervision.process.form.GradingAuditStartForm;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/grading-audit.bpmn} and {@code grading-audit-yearly.bpmn}.
 * The year comes from the start form (checked) or, started yearly, from the engine's clock; the actor is the
 * authenticated user.
 */
@Configuration
public class GradingAuditBindings {

  private final GradingAudits audits;

  public GradingAuditBindings(GradingAudits audits) {
    this.audits = audits;
  }

  /** What the models read of the settings, as bean properties. */
  public record ModelSettings(String auditCycle) {

    public String getAuditCycle() {
      return auditCycle;
    }
  }

  /** The timer start of {@code grading-audit-yearly} reads {@code ${supervisionModel.auditCycle}}. */
  @Bean
  public ModelSettings supervisionModel(Inspections inspections) {
    return new ModelSettings(inspections.settings().auditCycle());
  }

  /** Message end event of {@code grading-audit-yearly}: starts {@code grading-audit} in the same transaction. */
  @Bean
  public JavaDelegate startYearlyGradingAudit() {
    return execution -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE_AUDIT_YEARLY).correlateStartMessage();
  }

  /** 汇总分级体系审计数据: the year of the start form, or the year that ended; business key GAU-2027-0001. */
  @Bean
  public JavaDelegate compileGradingAudit() {
    return execution -> {
      Long year = GradingAuditStartForm.auditYear(FormData.of(execution));
      int audited = year == null ? audits.lastYear() : audits.validYear(year > 9999 ? 0 : year.intValue());
      GradingAudit a = audits.compile(audited, execution.getProcessInstanceId(),
          Engine.authenticatedUser(execution));
      execution.setProcessBusinessKey(a.getAuditNumber());
      AUDIT_ID.on(execution).set(a.getId());
    };
  }

  private GradingAudit audit(VariableScope scope) {
    return audits.boundTo(Engine.idVariable(scope, AUDIT_ID), Engine.processInstanceId(scope));
  }

  /** Create listener of both tasks: the audit data (and the review, for senior management) as Markdown. */
  @Bean
  public TaskListener gradingAuditContext() {
    return task -> CONTEXT.on(task).setLocal(audits.summary(audit(task)));
  }

  @Bean
  public TaskListener gradingAuditReviewed() {
    return task -> {
      FormData form = FormData.of(task);
      audits.review(audit(task).getId(), GradingAuditReviewForm.conclusion(form),
          GradingAuditReviewForm.findings(form), GradingAuditReviewForm.recommendations(form), actor(task));
    };
  }

  @Bean
  public TaskListener gradingAuditDecided() {
    return task -> {
      FormData form = FormData.of(task);
      audits.decide(audit(task).getId(), GradingAuditDecisionForm.managementDecision(form),
          GradingAuditDecisionForm.managementNote(form), actor(task));
    };
  }
}
