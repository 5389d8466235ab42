package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code crm.visit.*}: one default per key (SPEC P4.1 cycles, P4.3 departments, P4.4 overdue periods, 003 §3.3
 * maintenance focus); a grade that is set replaces only that grade, a department list the whole list.
 */
class VisitSettingsTest {

  @Test
  void withNothingConfiguredTheRegulationsValuesApply() {
    VisitSettings s = VisitFixture.settings(Map.of());
    assertThat(s.cycleFor("A")).isEqualTo(Period.ofMonths(3));
    assertThat(s.cycleFor("b")).isEqualTo(Period.ofMonths(6));
    assertThat(s.cycleFor("C")).isEqualTo(Period.ofYears(1));
    assertThat(s.cycleFor("D")).isEqualTo(Period.ofYears(1));
    assertThat(s.cycleFor(null)).isEqualTo(Period.ofYears(1));
    assertThat(s.visitTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(s.overdue()).isEqualTo(new VisitSettings.Overdue(Period.ofDays(7), Period.ofDays(14)));
    assertThat(s.improvementDueWorkingDays()).isEqualTo(10);
    assertThat(s.departments()).extracting(VisitSettings.Department::name)
        .containsExactly("市场部", "技术部", "客服部", "财务部", "法务部", "项目管理部");
    assertThat(s.requireDepartment("issues[0].department", "项目管理部").group()).isEqualTo("project-lead");
    assertThat(s.sweepCron()).isEqualTo("0 30 1 * * *");
    assertThat(s.sweepChunkSize()).isEqualTo(200);
    assertThat(s.focusFor("A")).startsWith("定期与客户高层沟通");
    assertThat(s.focusFor("D")).startsWith("定期保持联系");
  }

  @Test
  void aGradeThatIsSetReplacesOnlyThatGrade() {
    VisitSettings s = VisitFixture.settings(Map.of("crm.visit.cycle.B", "P4M", "crm.visit.maintenance-focus.C",
        "每月电话回访", "crm.visit.overdue.escalate-after", "P21D", "crm.visit.departments[0].name", "技术部",
        "crm.visit.departments[0].group", "dept-tech"));
    assertThat(s.cycleFor("A")).isEqualTo(Period.ofMonths(3));
    assertThat(s.cycleFor("B")).isEqualTo(Period.ofMonths(4));
    assertThat(s.focusFor("c")).isEqualTo("每月电话回访");
    assertThat(s.focusFor("A")).startsWith("定期与客户高层沟通");
    assertThat(s.overdue()).isEqualTo(new VisitSettings.Overdue(Period.ofDays(7), Period.ofDays(21)));
    assertThat(s.departments()).containsExactly(new VisitSettings.Department("技术部", "dept-tech"));
  }

  @Test
  void aSweepChunkBelowOneIsRefused() {
    assertThatThrownBy(() -> VisitFixture.settings(Map.of("crm.visit.sweep-chunk-size", "0")))
        .hasRootCauseMessage("crm.visit.sweep-chunk-size must be at least 1: 0");
  }
}
