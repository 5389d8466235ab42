package com.crmflow.visit.domain;

import static com.crmflow.visit.domain.Visits.SYSTEM;
import static com.crmflow.visit.domain.Visits.abbreviate;
import static com.crmflow.visit.domain.Visits.now;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 逾期督办 (SPEC P4.4; 003 §3.4): the visit's timers (due, warning, escalation — computed from the stored due date
 * at the configured time of day), and what the warning, the escalation and crm-dept's supervision leave on the visit.
 */
@Service
@Transactional
public class VisitDeadlines {

  private final Visits visits;
  private final VisitSettings settings;
  private final WorkingCalendar calendar;

  public VisitDeadlines(Visits visits, VisitSettings settings, WorkingCalendar calendar) {
    this.visits = visits;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** What crm-dept did about a long overdue visit. */
  public record Supervision(
      @Label("督办措施") @NotBlank @Size(max = VisitRecording.MAX_TEXT) String superviseMeasures) {}

  /** The visit's timer: the due date at the configured time of day, Beijing. */
  public Date visitAt(Long visitId) {
    return at(visits.get(visitId).getDueDate(), Period.ZERO);
  }

  /** The owner is warned (and the visit task is due) this long after the due date. */
  public Date warnAt(Long visitId) {
    return at(visits.get(visitId).getDueDate(), settings.overdue().warnAfter());
  }

  public Date escalateAt(Long visitId) {
    return at(visits.get(visitId).getDueDate(), settings.overdue().escalateAfter());
  }

  private Date at(LocalDate date, Period after) {
    return Date.from(date.plus(after).atTime(settings.visitTime()).atZone(calendar.zone()).toInstant());
  }

  public void recordWarning(Long visitId) {
    Visit v = visits.get(visitId);
    v.setOverdueLevel(Math.max(v.getOverdueLevel(), 1));
    v.setWarnedAt(now());
    visits.journal(v, "WARNED", "回访已逾期（" + v.getDueDate() + " 到期），已提醒客户负责人", SYSTEM);
  }

  public void recordEscalation(Long visitId) {
    Visit v = visits.get(visitId);
    v.setOverdueLevel(2);
    v.setEscalatedAt(now());
    visits.journal(v, "ESCALATED", "回访严重逾期（" + v.getDueDate() + " 到期），升级至客户关系管理部门督办", SYSTEM);
  }

  public void recordSupervision(Long visitId, Supervision in, String user) {
    Inputs.valid(in);
    Visit v = visits.get(visitId);
    String measures = in.superviseMeasures().trim();
    v.setSuperviseMeasures(measures);
    v.setSupervisedBy(user);
    v.setSupervisedAt(now());
    visits.journal(v, "SUPERVISED", "督办：" + abbreviate(measures, 200), user);
  }
}
