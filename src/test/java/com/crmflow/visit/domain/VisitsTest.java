package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VisitsTest {

  final VisitFixture f = new VisitFixture();
  final Visits visits = f.visits;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void todayIsTheEngineClocksDayInBeijing() {
    VisitFixture.at("2026-06-01T07:30"); // still 31 May in UTC
    assertThat(visits.today()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(visits.shown(Visits.now())).isEqualTo("2026-06-01 07:30");
    assertThat(visits.shown(null)).isEqualTo("—");
  }

  @Test
  void unknownVisitAndCustomerAreRefused() {
    assertThatThrownBy(() -> visits.get(99L)).isInstanceOf(BusinessRuleException.class).hasMessage("回访记录不存在：99");
    assertThatThrownBy(() -> visits.customer(5L)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
      assertThat(e.field()).isEqualTo("customerId");
      assertThat(e.getMessage()).isEqualTo("customerId：客户编号 5 不存在");
    });
  }

  @Test
  void aVisitIsBoundToOneProcessInstanceOnly() {
    Visit v = f.visit(1L, 7L, Visit.PLANNED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    assertThatThrownBy(() -> visits.boundTo(1L, "pi-1")).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("VIS000001").hasMessageContaining("尚未由任何流程实例办理");

    visits.attachProcess(1L, "pi-1");
    visits.attachProcess(1L, "pi-1");
    assertThat(v.getProcessInstanceId()).isEqualTo("pi-1");
    assertThat(visits.boundTo(1L, "pi-1")).isSameAs(v);
    assertThat(Visits.isBoundTo(v, "pi-2")).isFalse();
    assertThatThrownBy(() -> visits.attachProcess(1L, "pi-2")).hasMessageContaining("已由另一个流程实例办理");
    assertThatThrownBy(() -> visits.boundTo(1L, "pi-2")).hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> visits.boundTo(null, "pi-1")).hasMessageContaining("流程缺少回访编号（visitId）");
  }

  @Test
  void theJournalKeepsWhoDidWhatWhenAndCutsLongNotes() {
    VisitFixture.at("2026-06-01T10:00");
    Visit v = f.visit(1L, 7L, Visit.DUE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1));
    visits.journal(v, "NOTE", "x".repeat(2500), null);
    VisitEvent e = f.journal.get(0);
    assertThat(e.getVisitId()).isEqualTo(1L);
    assertThat(e.getActor()).isEqualTo(Visits.SYSTEM);
    assertThat(e.getNote()).hasSize(2000).endsWith("…");
    assertThat(e.getCreatedAt()).isEqualTo(Visits.now());
  }
}
