package com.crmflow.agreement.process;

import static com.crmflow.agreement.process.AgreementExecutionVariables.*;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementExecution;
import com.crmflow.agreement.domain.AgreementExecutionSettings;
import com.crmflow.agreement.domain.AgreementExecutions;
import com.crmflow.agreement.domain.AgreementObligation;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.agreement.domain.CoordinationMeetings;
import com.crmflow.agreement.domain.CoordinationMeetings.MeetingInput;
import com.crmflow.agreement.domain.CoordinationMeetings.RiskInput;
import com.crmflow.agreement.domain.ObligationBreakdown;
import com.crmflow.agreement.domain.ObligationBreakdown.Breakdown;
import com.crmflow.agreement.domain.ObligationBreakdown.ObligationInput;
import com.crmflow.agreement.domain.ObligationProgressReports;
import com.crmflow.agreement.domain.ObligationProgressReports.ProgressReport;
import com.crmflow.agreement.process.form.AgreementMeetingForm;
import com.crmflow.agreement.process.form.AgreementObligationProgressForm;
import com.crmflow.agreement.process.form.AgreementObligationsForm;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/agreement-execution.bpmn}, and the two listeners with which
 * {@code cooperation-agreement} starts and ends it (its subprocess 协议有效期内). Each is thin: it reads what the form
 * submitted through the form readers, calls the execution's steps ({@link ObligationBreakdown},
 * {@link ObligationProgressReports}, {@link CoordinationMeetings}) and leaves ids and the routing flag. The actor is
 * always the authenticated user (the task's assignee in tests without one); records are checked against the
 * instance.
 */
@Configuration
public class AgreementExecutionBindings {

  static final String OVERDUE_TEMPLATE = "agreement-obligation-overdue";
  static final String ESCALATION_TEMPLATE = "agreement-obligation-escalation";

  private final Agreements agreements;
  private final AgreementExecutions executions;
  private final ObligationBreakdown breakdown;
  private final ObligationProgressReports progress;
  private final CoordinationMeetings meetings;
  private final AgreementExecutionSettings settings;
  private final NotificationService notifications;
  private final ZoneId timeZone;

  public AgreementExecutionBindings(Agreements agreements, AgreementExecutions executions,
      ObligationBreakdown breakdown, ObligationProgressReports progress, CoordinationMeetings meetings,
      AgreementExecutionSettings settings, NotificationService notifications, ZoneId timeZone) {
    this.agreements = agreements;
    this.executions = executions;
    this.breakdown = breakdown;
    this.progress = progress;
    this.meetings = meetings;
    this.settings = settings;
    this.notifications = notifications;
    this.timeZone = timeZone;
  }

  /** The execution of this instance: the {@code executionId} variable checked against the record's instance. */
  private Long executionId(VariableScope scope) {
    return executions.boundTo(idVariable(scope, EXECUTION_ID), Engine.processInstanceId(scope)).getId();
  }

  private AgreementObligation obligation(VariableScope scope) {
    return executions.boundObligation(idVariable(scope, OBLIGATION_ID), Engine.processInstanceId(scope));
  }

  // ------------------------------------------------------------------ the hooks in cooperation-agreement

  /**
   * Start listener of 协议有效期内 ({@code cooperation-agreement}): the agreement has come into force, its execution
   * starts in an {@code agreement-execution} instance of its own (business key = agreement number). The engine
   * starts it on the process's behalf (the lawyer who recorded the signing needs no right to start it).
   */
  @Bean
  public ExecutionListener agreementExecutionStarts() {
    return execution -> {
      Agreement a = agreements.boundTo(idVariable(execution, AgreementVariables.AGREEMENT_ID),
          execution.getProcessInstanceId());
      AgreementExecution e = executions.start(a.getId());
      if (e.getProcessInstanceId() == null) {
        Engine.asSystem(() -> execution.getProcessEngineServices().getRuntimeService()
            .startProcessInstanceByKey(PROCESS_KEY, a.getAgreementNumber(),
                Variables.createVariables().putValue(EXECUTION_ID.getName(), e.getId())));
      }
    };
  }

  /**
   * End listener of 协议有效期内: the agreement expired, was terminated or superseded by its amendment — its
   * execution ends (message {@code AgreementExecutionEnded} to the execution's instance).
   */
  @Bean
  public ExecutionListener agreementExecutionEnds() {
    return execution -> {
      Long agreementId = idVariable(execution, AgreementVariables.AGREEMENT_ID);
      if (agreementId == null) {
        return;
      }
      executions.ofAgreement(agreementId)
          .filter(e -> AgreementExecution.RUNNING.equals(e.getStatus()) && e.getProcessInstanceId() != null)
          .ifPresent(e -> Engine.asSystem(() -> execution.getProcessEngineServices().getRuntimeService()
              .createMessageCorrelation(ENDED_MESSAGE).processInstanceId(e.getProcessInstanceId())
              .correlateAllWithResult()));
    };
  }

  // ------------------------------------------------------------------ agreement-execution

  /** Start: the execution the agreement's instance created is bound to this instance. */
  @Bean
  public JavaDelegate registerAgreementExecution() {
    return execution -> executions.attachProcess(idVariable(execution, EXECUTION_ID),
        execution.getProcessInstanceId());
  }

  /** Start listener of the tasks with owner selects: who may own an obligation or a risk. */
  @Bean
  public ExecutionListener obligationOwnersListed(AgreementExecutionOptions options) {
    return options::owners;
  }

  /** 分解协议义务: the items become obligations, one task each. */
  @Bean
  public TaskListener obligationsBrokenDown() {
    return task -> {
      List<ObligationInput> items = new ArrayList<>();
      for (JsonNode item : items(AgreementObligationsForm.obligations(FormData.of(task)))) {
        items.add(new ObligationInput(text(item, AgreementObligationsForm.OBLIGATIONS_DUTY),
            text(item, AgreementObligationsForm.OBLIGATIONS_OWNER),
            date(item, AgreementObligationsForm.OBLIGATIONS_DUE_DATE, AgreementObligationsForm.OBLIGATIONS),
            text(item, AgreementObligationsForm.OBLIGATIONS_CLAUSE)));
      }
      breakdown.breakDown(executionId(task), new Breakdown(items), actor(task));
    };
  }

  /** Names the owner's task after the obligation, e.g. 报告义务进度：第 1 项 提供招商场地. */
  @Bean
  public TaskListener obligationDescribed() {
    return task -> {
      AgreementObligation o = obligation(task);
      task.setName("报告义务进度：第 " + o.getItemNo() + " 项 " + abbreviate(o.getContent(), 40));
      task.setDescription("义务内容：" + o.getContent() + "\n完成期限：" + o.getDueDate()
          + (o.getClause() == null ? "" : "\n关联条款：" + o.getClause()));
    };
  }

  /** 报告义务进度: only the obligation's owner; done → the branch ends, otherwise the owner reports again. */
  @Bean
  public TaskListener obligationProgressReported() {
    return task -> {
      AgreementObligation o = obligation(task);
      progress.requireOwner(o, task.getAssignee(), Engine.authenticatedUser(task));
      FormData form = FormData.of(task);
      Long pct = AgreementObligationProgressForm.percentage(form);
      boolean done = progress.report(o.getId(), new ProgressReport(AgreementObligationProgressForm.progress(form),
          pct == null ? null : Math.toIntExact(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, pct))),
          AgreementObligationProgressForm.progressNote(form)), actor(task));
      OBLIGATION_DONE.on(task).set(done);
    };
  }

  /** The first working day after the due date: the obligation's owner is warned by mail. */
  @Bean
  public JavaDelegate obligationOverdueWarning() {
    return execution -> {
      AgreementObligation o = progress.recordWarning(obligation(execution).getId());
      notifications.toUser(o.getOwner(), OVERDUE_TEMPLATE, mailParams(o));
    };
  }

  /** Long overdue: the agreement's owner is told by mail. */
  @Bean
  public JavaDelegate obligationOverdueEscalation() {
    return execution -> {
      AgreementObligation o = progress.recordEscalation(obligation(execution).getId());
      notifications.toUser(executions.owner(executions.get(o.getExecutionId())), ESCALATION_TEMPLATE, mailParams(o));
    };
  }

  private Map<String, Object> mailParams(AgreementObligation o) {
    Agreement a = executions.agreementOf(executions.get(o.getExecutionId()));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("agreementNumber", a.getAgreementNumber());
    p.put("customerName", agreements.customer(a.getCustomerId()).getName());
    p.put("itemNo", String.valueOf(o.getItemNo()));
    p.put("content", abbreviate(o.getContent(), 100));
    p.put("dueDate", o.getDueDate().toString());
    p.put("owner", o.getOwner());
    p.put("escalateAt", progress.escalateAt(o.getId()).toInstant().atZone(timeZone).toLocalDate().toString());
    return p;
  }

  /** 记录协调会议: the meeting and the reviewed risk register. */
  @Bean
  public TaskListener meetingRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      List<RiskInput> risks = new ArrayList<>();
      for (JsonNode r : items(AgreementMeetingForm.risks(form))) {
        risks.add(new RiskInput(riskId(r), text(r, AgreementMeetingForm.RISKS_DESCRIPTION),
            text(r, AgreementMeetingForm.RISKS_CATEGORY), text(r, AgreementMeetingForm.RISKS_LIKELIHOOD),
            text(r, AgreementMeetingForm.RISKS_IMPACT), text(r, AgreementMeetingForm.RISKS_MEASURES),
            text(r, AgreementMeetingForm.RISKS_RISK_OWNER), text(r, AgreementMeetingForm.RISKS_RISK_STATUS)));
      }
      meetings.record(executionId(task), new MeetingInput(AgreementMeetingForm.meetingDate(form),
          AgreementMeetingForm.attendees(form), AgreementMeetingForm.minutes(form),
          AgreementMeetingForm.decisions(form), risks), actor(task));
      // the copy of the register AgreementExecutionContext put on the execution for the form
      task.getExecution().removeVariable(RISKS.getName());
    };
  }

  /** The agreement is no longer in force: the execution ends. */
  @Bean
  public JavaDelegate endAgreementExecution() {
    return execution -> executions.end(executionId(execution));
  }

  /** Assignees, collections, due dates and the meeting cycle the model asks for: {@code ${agreementExecutionModel…}}. */
  @Bean
  public AgreementExecutionModel agreementExecutionModel() {
    return new AgreementExecutionModel();
  }

  public class AgreementExecutionModel {

    /** The agreement's owner (the customer's owner in the archive, else the drafter), at the time the task opens. */
    public String owner(DelegateExecution execution) {
      return executions.owner(executions.get(executionId(execution)));
    }

    public List<Long> openObligationIds(DelegateExecution execution) {
      return executions.openObligationIds(executionId(execution));
    }

    public String ownerOf(DelegateExecution execution) {
      return obligation(execution).getOwner();
    }

    public Date dueAt(DelegateExecution execution) {
      return progress.dueAt(obligation(execution).getId());
    }

    public Date warnAt(DelegateExecution execution) {
      return progress.warnAt(obligation(execution).getId());
    }

    public Date escalateAt(DelegateExecution execution) {
      return progress.escalateAt(obligation(execution).getId());
    }

    /** {@code crm.agreement.meeting-cycle} as the timer's cycle, e.g. R/P1M. */
    public String getMeetingCycle() {
      return settings.meetingTimerCycle();
    }
  }

  // ------------------------------------------------------------------ reading list entries

  static List<JsonNode> items(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(list::add);
    }
    return list;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }

  static LocalDate date(JsonNode node, String field, String list) {
    String s = text(node, field);
    try {
      return s == null ? null : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidFieldException(list, "日期格式不正确：" + s);
    }
  }

  private static Long riskId(JsonNode r) {
    JsonNode v = r.get(AgreementMeetingForm.RISKS_RISK_ID);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      return null;
    }
    if (!v.canConvertToLong() && !v.isTextual()) {
      throw new InvalidFieldException(AgreementMeetingForm.RISKS, "风险编号不是整数：" + v.asText());
    }
    try {
      return v.isNumber() ? v.asLong() : Long.valueOf(v.asText().trim());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(AgreementMeetingForm.RISKS, "风险编号不是整数：" + v.asText());
    }
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
