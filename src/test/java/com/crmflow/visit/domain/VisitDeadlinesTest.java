package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.visit.domain.VisitDeadlines.Supervision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VisitDeadlinesTest {

  final VisitFixture f = new VisitFixture();
  final VisitDeadlines deadlines = new VisitDeadlines(f.visits, f.settings, f.calendar);
  Visit visit;

  @BeforeEach
  void setUp() {
    VisitFixture.at("2026-06-10T09:00");
    visit = f.visit(4L, 7L, Visit.DUE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Date beijing(String at) {
    return Date.from(LocalDateTime.parse(at).atZone(VisitFixture.BEIJING).toInstant());
  }

  @Test
  void theTimersFollowTheDueDateAtTheConfiguredTimeOfDay() {
    assertThat(deadlines.visitAt(4L)).isEqualTo(beijing("2026-06-01T09:00"));
    assertThat(deadlines.warnAt(4L)).isEqualTo(beijing("2026-06-08T09:00"));
    assertThat(deadlines.escalateAt(4L)).isEqualTo(beijing("2026-06-15T09:00"));

    VisitDeadlines configured = new VisitDeadlines(f.visits, VisitFixture.settings(Map.of(
        "crm.visit.visit-time", "14:30", "crm.visit.overdue.warn-after", "P3D")), f.calendar);
    assertThat(configured.warnAt(4L)).isEqualTo(beijing("2026-06-04T14:30"));
    assertThat(configured.escalateAt(4L)).as("escalate-after keeps its default").isEqualTo(beijing("2026-06-15T14:30"));
  }

  @Test
  void aWarningAndAnEscalationRaiseTheOverdueLevel() {
    deadlines.recordWarning(4L);
    assertThat(visit.getOverdueLevel()).isEqualTo(1);
    assertThat(visit.getWarnedAt()).isEqualTo(Visits.now());
    assertThat(f.lastNote()).isEqualTo("回访已逾期（2026-06-01 到期），已提醒客户负责人");

    deadlines.recordEscalation(4L);
    assertThat(visit.getOverdueLevel()).isEqualTo(2);
    assertThat(visit.getEscalatedAt()).isEqualTo(Visits.now());
    assertThat(f.lastNote()).isEqualTo("回访严重逾期（2026-06-01 到期），升级至客户关系管理部门督办");

    deadlines.recordWarning(4L);
    assertThat(visit.getOverdueLevel()).isEqualTo(2);
    assertThat(f.kinds()).containsExactly("WARNED", "ESCALATED", "WARNED");
    assertThat(f.journal).allSatisfy(e -> assertThat(e.getActor()).isEqualTo(Visits.SYSTEM));
  }

  @Test
  void supervisionKeepsTheMeasuresAndWhoTookThem() {
    deadlines.recordSupervision(4L, new Supervision(" 约谈客户负责人，三日内完成回访 "), "wuxia");
    assertThat(visit.getSuperviseMeasures()).isEqualTo("约谈客户负责人，三日内完成回访");
    assertThat(visit.getSupervisedBy()).isEqualTo("wuxia");
    assertThat(visit.getSupervisedAt()).isEqualTo(Visits.now());
    assertThat(f.lastNote()).isEqualTo("督办：约谈客户负责人，三日内完成回访");
    assertThat(f.journal.get(0).getActor()).isEqualTo("wuxia");
  }

  @Test
  void supervisionWithoutMeasuresIsRefused() {
    assertThatThrownBy(() -> deadlines.recordSupervision(4L, new Supervision(""), "wuxia"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("superviseMeasures");
          assertThat(e.getMessage()).isEqualTo("superviseMeasures：督办措施不能为空");
        });
    assertThatThrownBy(() -> deadlines.recordSupervision(4L, new Supervision("x".repeat(4001)), "wuxia"))
        .hasMessage("superviseMeasures：督办措施长度或个数必须在 0 到 4000 之间");
    assertThat(visit.getSuperviseMeasures()).isNull();
    assertThat(f.journal).isEmpty();
  }
}
