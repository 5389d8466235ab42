package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 进度跟踪 (SPEC P6.4; 001 §7(2).1 进度跟踪表): an obligation's owner reports its progress (未开始/进行中/已完成/受阻,
 * a note, the percentage done) until it is done; the deadlines of an obligation on the working-day calendar: its
 * task is due on the due date, its owner is warned the first working day after it and the agreement's owner is told
 * {@code crm.agreement.obligation-escalate-after} working days after it.
 */
@Service
@Transactional
public class ObligationProgressReports {

  public static final int MAX_NOTE = 2000;
  /** The obligation's task is due at the end of the working day of its due date. */
  public static final LocalTime DUE_TIME = LocalTime.of(18, 0);

  /** One progress report. */
  public record ProgressReport(
      @Label("进度") @NotBlank @OneOf({AgreementExecutions.NOT_STARTED, AgreementExecutions.IN_PROGRESS,
          AgreementExecutions.DONE, AgreementExecutions.BLOCKED}) String progress,
      @Label("完成比例") @NotNull @Min(0) @Max(100) Integer percentage,
      @Label("进展说明") @Size(max = MAX_NOTE) String progressNote) {}

  private final AgreementExecutions executions;
  private final ObligationProgressRepository reports;
  private final AgreementExecutionSettings settings;
  private final WorkingCalendar calendar;

  public ObligationProgressReports(AgreementExecutions executions, ObligationProgressRepository reports,
      AgreementExecutionSettings settings, WorkingCalendar calendar) {
    this.executions = executions;
    this.reports = reports;
    this.settings = settings;
    this.calendar = calendar;
  }

  /**
   * Only the obligation's owner reports, on their own task: the task must still be assigned to the owner and the
   * user logged in must be the owner.
   */
  public void requireOwner(AgreementObligation o, String taskAssignee, String actor) {
    if (!o.getOwner().equals(taskAssignee) || (actor != null && !o.getOwner().equals(actor))) {
      throw new BusinessRuleException("协议义务「" + o.getContent() + "」的进度只能由其负责人 " + o.getOwner() + " 报告");
    }
  }

  /** Records the report; true when the obligation is done. */
  public boolean report(Long obligationId, ProgressReport in, String actor) {
    Inputs.valid(in);
    AgreementObligation o = executions.obligation(obligationId);
    AgreementExecution e = executions.get(o.getExecutionId());
    AgreementExecutions.requireRunning(e, executions.agreementOf(e), "报告义务进度");
    if (AgreementExecutions.DONE.equals(o.getStatus())) {
      throw new BusinessRuleException("协议义务「" + o.getContent() + "」已完成，不能再报告进度");
    }
    if (actor == null || !actor.equals(o.getOwner())) {
      throw new BusinessRuleException("协议义务「" + o.getContent() + "」的进度只能由其负责人 " + o.getOwner() + " 报告");
    }
    String note = trim(in.progressNote());
    int pct = in.percentage();
    switch (in.progress()) {
      case AgreementExecutions.DONE -> {
        if (pct != 100) {
          throw new InvalidFieldException("percentage", "进度为「已完成」时完成比例应为 100（填写了 " + pct + "）");
        }
      }
      case AgreementExecutions.NOT_STARTED -> {
        if (pct != 0) {
          throw new InvalidFieldException("percentage", "进度为「未开始」时完成比例应为 0（填写了 " + pct + "）");
        }
      }
      case AgreementExecutions.BLOCKED -> {
        if (note == null) {
          throw new InvalidFieldException("progressNote", "进度为「受阻」时必须说明受阻原因和需要的协调");
        }
      }
      default -> {
        if (pct == 100) {
          throw new InvalidFieldException("percentage", "完成比例为 100 时请选择进度「已完成」");
        }
      }
    }
    ObligationProgress r = new ObligationProgress();
    r.setObligationId(obligationId);
    r.setStatus(in.progress());
    r.setPercentage(pct);
    r.setNote(note);
    r.setReportedBy(actor);
    r.setReportedAt(executions.agreements().now());
    reports.save(r);
    o.setStatus(in.progress());
    o.setPercentage(pct);
    boolean done = AgreementExecutions.DONE.equals(in.progress());
    if (done) {
      o.setCompletedAt(r.getReportedAt());
      executions.agreements().journal(executions.agreementOf(e), "OBLIGATION_DONE", "第 " + o.getItemNo() + " 项义务「"
          + abbreviate(o.getContent()) + "」已完成", actor);
    }
    return done;
  }

  /** The task's due date: the obligation's due date at the end of the working day. */
  public Date dueAt(Long obligationId) {
    AgreementObligation o = executions.obligation(obligationId);
    return Date.from(o.getDueDate().atTime(DUE_TIME).atZone(calendar.zone()).toInstant());
  }

  /** The owner is warned the first working day after the due date. */
  public Date warnAt(Long obligationId) {
    return afterDue(obligationId, 1);
  }

  /** The agreement's owner is told {@code obligation-escalate-after} working days after the due date. */
  public Date escalateAt(Long obligationId) {
    return afterDue(obligationId, settings.obligationEscalateAfter());
  }

  private Date afterDue(Long obligationId, int workingDays) {
    AgreementObligation o = executions.obligation(obligationId);
    return Date.from(calendar.plusWorkingDays(o.getDueDate().atTime(settings.obligationWarnTime())
        .atZone(calendar.zone()), workingDays).toInstant());
  }

  /** The due date has passed: level 1 (the owner is warned). */
  public AgreementObligation recordWarning(Long obligationId) {
    return overdue(obligationId, 1, "已逾期，已提醒负责人 ");
  }

  /** Long overdue: level 2 (the agreement's owner is told). */
  public AgreementObligation recordEscalation(Long obligationId) {
    return overdue(obligationId, 2, "严重逾期，已告知协议负责人；义务负责人 ");
  }

  private AgreementObligation overdue(Long obligationId, int level, String what) {
    AgreementObligation o = executions.obligation(obligationId);
    o.setOverdueLevel(Math.max(o.getOverdueLevel(), level));
    AgreementExecution e = executions.get(o.getExecutionId());
    executions.agreements().journal(executions.agreementOf(e), level == 1 ? "OBLIGATION_OVERDUE" : "OBLIGATION_ESCALATED",
        "第 " + o.getItemNo() + " 项义务「" + abbreviate(o.getContent()) + "」（" + o.getDueDate() + " 到期）" + what
            + o.getOwner(), Agreements.SYSTEM);
    return o;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 59) + "…";
  }
}
