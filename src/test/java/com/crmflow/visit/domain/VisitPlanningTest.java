package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.NumberGenerator;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class VisitPlanningTest {

  final VisitFixture f = new VisitFixture();
  final NumberGenerator numbers = mock(NumberGenerator.class);
  final VisitPlanning planning = new VisitPlanning(f.visits, f.visitRepository, numbers, f.settings);

  @BeforeEach
  void setUp() {
    VisitFixture.at("2026-03-01T10:00");
    when(numbers.next("VIS", 6)).thenReturn("VIS000042");
    when(f.visitRepository.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aVisitIsDueOneCycleOfTheGradeLaterButNeverBeforeToday() {
    assertThat(planning.dueDate(LocalDate.of(2026, 2, 1), "A")).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(planning.dueDate(LocalDate.of(2026, 2, 1), "b")).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(planning.dueDate(LocalDate.of(2026, 2, 1), null)).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(planning.dueDate(LocalDate.of(2025, 1, 1), "A")).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void theFirstCycleCountsFromTheCustomersCreationThenFromTheLastVisit() {
    Customer c = f.customer(7L, "A", Customer.STATUS_ACTIVE);
    assertThat(planning.cycleStart(c)).isEqualTo(LocalDate.of(2026, 1, 10));
    Visit last = f.visit(3L, 7L, Visit.DONE, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 10));
    last.setVisitDate(LocalDate.of(2026, 2, 20));
    when(f.visitRepository.findFirstByCustomerIdAndStatusOrderByDoneAtDesc(7L, Visit.DONE)).thenReturn(Optional.of(last));
    assertThat(planning.cycleStart(c)).isEqualTo(LocalDate.of(2026, 2, 20));
  }

  @Test
  void planningSavesAPlannedVisitAndTheCustomersNextVisitDate() {
    Customer c = f.customer(7L, "A", Customer.STATUS_ACTIVE);
    Visit v = planning.plan(7L, null, "wuxia");

    ArgumentCaptor<Visit> saved = ArgumentCaptor.forClass(Visit.class);
    verify(f.visitRepository).saveAndFlush(saved.capture());
    assertThat(saved.getValue()).isSameAs(v);
    assertThat(v.getVisitNumber()).isEqualTo("VIS000042");
    assertThat(v.getStatus()).isEqualTo(Visit.PLANNED);
    assertThat(v.getOpenCustomerId()).isEqualTo(7L);
    assertThat(v.getCycleFrom()).isEqualTo(LocalDate.of(2026, 1, 10));
    assertThat(v.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(v.getVisitCycle()).isEqualTo("P3M");
    assertThat(v.getCreatedBy()).isEqualTo("wuxia");
    assertThat(c.getNextVisitDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(f.kinds()).containsExactly("PLANNED");
    assertThat(f.lastNote()).isEqualTo("按A（重要战略客户）回访周期（每季度）自 2026-01-10 起计，计划于 2026-04-10 回访");
  }

  @Test
  void theFirstCycleKeepsANextVisitDateSetBefore() {
    Customer c = f.customer(7L, "C", Customer.STATUS_ACTIVE);
    c.setNextVisitDate(LocalDate.of(2026, 5, 5));
    assertThat(planning.plan(7L, null, null).getDueDate()).isEqualTo(LocalDate.of(2026, 5, 5));
  }

  @Test
  void theNextCycleCountsFromThePreviousVisit() {
    f.customer(7L, "B", Customer.STATUS_ACTIVE);
    Visit previous = f.visit(3L, 7L, Visit.DONE, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 10));
    previous.setVisitDate(LocalDate.of(2026, 2, 12));
    Visit next = planning.plan(7L, previous, "lina");
    assertThat(next.getPreviousVisitId()).isEqualTo(3L);
    assertThat(next.getDueDate()).isEqualTo(LocalDate.of(2026, 8, 12));
  }

  @Test
  void inactiveCustomersAndOpenCyclesGetNoNewPlan() {
    f.customer(7L, "A", "INACTIVE");
    assertThatThrownBy(() -> planning.plan(7L, null, "lina")).isInstanceOf(BusinessRuleException.class)
        .hasMessage("客户「星河电子」不是活跃客户（INACTIVE），不安排回访");
    f.customer(8L, "A", Customer.STATUS_ACTIVE);
    f.visit(4L, 8L, Visit.PLANNED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    assertThatThrownBy(() -> planning.plan(8L, null, "lina")).hasMessage("客户「星河电子」已有进行中的回访 VIS000004");
    verify(f.visitRepository, never()).saveAndFlush(any());
  }

  @Test
  void aGradeChangeMovesAPlannedVisit() {
    Customer c = f.customer(7L, "A", Customer.STATUS_ACTIVE);
    Visit v = f.visit(4L, 7L, Visit.PLANNED, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 10));
    assertThat(planning.reschedule(7L, "A", "C", "lina")).containsSame(v);
    assertThat(v.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(v.getGrade()).isEqualTo("C");
    assertThat(v.getVisitCycle()).isEqualTo("P1Y");
    assertThat(c.getNextVisitDate()).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(f.lastNote()).isEqualTo("客户等级 A → C（每年回访），回访日期 2026-04-10 → 2027-01-10");

    assertThat(planning.reschedule(7L, "C", "D", "lina")).isEmpty();
    assertThat(f.kinds()).containsExactly("RESCHEDULED", "GRADE_CHANGED");
    assertThat(f.lastNote()).isEqualTo("客户等级 C → D；回访日期仍为 2027-01-10");
  }

  @Test
  void aGradeChangeLeavesADueVisitAndWithoutACycleOnlyMovesTheNextVisitDate() {
    f.customer(7L, "A", Customer.STATUS_ACTIVE);
    Visit due = f.visit(4L, 7L, Visit.DUE, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 10));
    assertThat(planning.reschedule(7L, "A", "B", "lina")).isEmpty();
    assertThat(due.getDueDate()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(f.lastNote()).isEqualTo("客户等级 A → B；本次回访已到期，下一周期按新等级安排");

    Customer other = f.customer(8L, null, Customer.STATUS_ACTIVE);
    assertThat(planning.reschedule(8L, null, "B", "lina")).isEmpty();
    assertThat(other.getNextVisitDate()).isEqualTo(LocalDate.of(2026, 7, 10));
  }

  @Test
  void onItsDueDateTheVisitOpensForTheCurrentOwner() {
    Customer c = f.customer(7L, "A", Customer.STATUS_ACTIVE);
    c.setOwner("zhangwei");
    Visit v = f.visit(4L, 7L, Visit.PLANNED, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
    assertThat(planning.open(4L)).isTrue();
    assertThat(v.getStatus()).isEqualTo(Visit.DUE);
    assertThat(v.getOwner()).isEqualTo("zhangwei");
    assertThat(v.getOpenedAt()).isEqualTo(Visits.now());
    assertThat(f.lastNote()).isEqualTo("回访到期，由客户负责人 zhangwei 回访");
    assertThatThrownBy(() -> planning.open(4L)).hasMessage("回访 VIS000004 的状态为「回访中」，只有「待回访」的回访可以开启");
  }

  @Test
  void aVisitOfAnInactiveCustomerIsCancelledInsteadOfOpened() {
    Customer c = f.customer(7L, "A", "INACTIVE");
    c.setNextVisitDate(LocalDate.of(2026, 3, 1));
    Visit v = f.visit(4L, 7L, Visit.PLANNED, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
    assertThat(planning.open(4L)).isFalse();
    assertThat(v.getStatus()).isEqualTo(Visit.CANCELLED);
    assertThat(v.getOpenCustomerId()).isNull();
    assertThat(v.getCancelReason()).isEqualTo("客户已不是活跃客户（INACTIVE）");
    assertThat(c.getNextVisitDate()).isNull();
  }

  @Test
  void cancellingEndsOnlyAnOpenCycle() {
    Visit open = f.visit(4L, 7L, Visit.DUE, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
    planning.cancel(4L, "流程实例已被取消", Visits.SYSTEM);
    assertThat(open.getStatus()).isEqualTo(Visit.CANCELLED);
    assertThat(f.lastNote()).isEqualTo("回访取消：流程实例已被取消");
    Visit done = f.visit(5L, 7L, Visit.DONE, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
    planning.cancel(5L, "流程实例已被取消", Visits.SYSTEM);
    assertThat(done.getStatus()).isEqualTo(Visit.DONE);
    assertThat(f.journal).hasSize(1);
  }
}
