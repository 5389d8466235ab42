package com.crmflow.consultation.domain;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response time (响应时间) of a consultation (SPEC P5.5; 002 "在接到客户咨询后，应在[X]分钟内做出响应"):
 * {@link ConsultationSettings#responseTime()} of working hours (office hours of working days,
 * {@link WorkingCalendar#plusWorkingHours}) from receipt, the warning to whoever holds the answer task at
 * {@link ConsultationSettings#warningAt()} of it, the escalation to the customer-service manager at the breach and,
 * like complaints, to senior management {@link ConsultationSettings#secondLevelAfter()} of the response time after
 * the breach, and each level's supervision — each recorded in the consultation's journal. The engine's timers read
 * the stored times, so they survive restarts and fire once in a cluster.
 */
@Service
@Transactional
public class ConsultationTimeLimits {

  private final Consultations consultations;
  private final ConsultationSettings settings;
  private final WorkingCalendar calendar;

  public ConsultationTimeLimits(Consultations consultations, ConsultationSettings settings, WorkingCalendar calendar) {
    this.consultations = consultations;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** The due, warning and second-level times of a consultation received at {@code start}. */
  void open(Consultation c, Instant start) {
    Duration window = settings.responseTime();
    Duration warning = Duration.ofMillis(Math.round(window.toMillis() * settings.warningAt()));
    Duration secondLevel = Duration.ofMillis(Math.round(window.toMillis() * (1.0 + settings.secondLevelAfter())));
    c.setDueAt(calendar.plusWorkingHours(start.atZone(calendar.zone()), window).toInstant());
    c.setWarnAt(calendar.plusWorkingHours(start.atZone(calendar.zone()), warning).toInstant());
    c.setSecondLevelAt(calendar.plusWorkingHours(start.atZone(calendar.zone()), secondLevel).toInstant());
  }

  /** The warning went out (once): recorded; false when the consultation is already answered. */
  public boolean recordWarning(Long id) {
    Consultation c = consultations.get(id);
    if (!Consultation.OPEN.equals(c.getStatus()) || c.getWarnedAt() != null) {
      return false;
    }
    c.setWarnedAt(consultations.now());
    consultations.journal(c, "WARNED", "答复时限将于 " + consultations.shown(c.getDueAt()) + " 到期，已提醒办理人", null);
    return true;
  }

  /** The response time passed without an answer: escalated to the customer-service manager (once). */
  public boolean recordBreach(Long id) {
    Consultation c = consultations.get(id);
    if (!Consultation.OPEN.equals(c.getStatus()) || c.getEscalatedAt() != null) {
      return false;
    }
    c.setEscalatedAt(consultations.now());
    consultations.journal(c, "ESCALATED", "答复已超时（" + consultations.shown(c.getDueAt())
        + " 到期），升级至客户服务经理督办", null);
    return true;
  }

  /**
   * Still unanswered at the second level: escalated to senior management (once); false when the consultation is
   * answered or already escalated there.
   */
  public boolean recordSecondLevel(Long id) {
    Consultation c = consultations.get(id);
    if (!Consultation.OPEN.equals(c.getStatus()) || c.getSeniorEscalatedAt() != null) {
      return false;
    }
    c.setSeniorEscalatedAt(consultations.now());
    consultations.journal(c, "SENIOR_ESCALATED", "答复严重超时（" + consultations.shown(c.getDueAt())
        + " 到期，" + consultations.shown(c.getSecondLevelAt()) + " 仍未答复），升级至高层管理团队督办", null);
    return true;
  }

  /** What the customer-service manager (level 1) or senior management (level 2) did about the overdue consultation. */
  public record Supervision(@Label("督办措施") @NotBlank @Size(max = 4000) String superviseMeasures) {}

  public void recordSupervision(Long id, int level, Supervision s, String actor) {
    Inputs.valid(s);
    if (level != 1 && level != 2) {
      throw new IllegalArgumentException("Supervision level 1 or 2, not " + level);
    }
    Consultation c = consultations.get(id);
    String measures = s.superviseMeasures().trim();
    if (level == 1) {
      c.setSuperviseMeasures(measures);
      c.setSupervisedBy(actor);
      consultations.journal(c, "SUPERVISED", "客户服务经理督办：" + Consultations.oneLine(measures, 200), actor);
    } else {
      c.setSeniorSuperviseMeasures(measures);
      c.setSeniorSupervisedBy(actor);
      consultations.journal(c, "SENIOR_SUPERVISED", "高层管理团队督办：" + Consultations.oneLine(measures, 200), actor);
    }
  }
}
