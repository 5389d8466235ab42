package com.crmflow.complaint.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.crmflow.complaint.analysis.ComplaintKpis.CauseCount;
import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadlineRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * Every figure of DESIGN "KPI definitions" from hand-made rows on H2 (the Flyway schema); each test runs in a
 * rolled-back transaction. The same queries run on PostgreSQL in {@code ComplaintAnalysisApiIT}.
 */
@DataJpaTest(showSql = false,
    properties = "spring.datasource.url=jdbc:h2:mem:complaint-kpis;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// DataKeysetConfig: complaint contact fields are encrypted (a JPA slice does not load it by itself)
// WorkingCalendarConfig reads the calendar's location from CalendarSettings
@Import({ComplaintKpiService.class, com.crmflow.platform.crypto.DataKeysetConfig.class,
    com.crmflow.platform.calendar.WorkingCalendarConfig.class})
@org.springframework.boot.context.properties.EnableConfigurationProperties(
    com.crmflow.platform.calendar.CalendarSettings.class)
class ComplaintKpiServiceTest {

  static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

  @Autowired ComplaintKpiService service;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintDeadlineRepository deadlines;
  ComplaintRows rows;

  @BeforeEach
  void setUp() {
    rows = new ComplaintRows(customers, complaints, deadlines);
  }

  /** March 2026: six complaints in the period (two on its very edges), two just outside. */
  private void march() {
    Complaint first = rows.complaint("2026-03-01T00:00", "product-quality", "phone", "product-defect", "技术部",
        "CLOSED", 0, 5);
    Complaint reopened = rows.complaint("2026-03-10T10:00", "product-quality", "email", "product-defect", "技术部",
        "CLOSED", 1, 4);
    Complaint open = rows.complaint("2026-03-20T15:30", "service-attitude", "hotline", "staff-attitude", "客服部",
        "IN_PROGRESS", 0, null);
    Complaint last = rows.complaint("2026-03-31T23:59", "billing", "phone", "product-defect", "财务部",
        "RECEIVED", 0, 4);
    Complaint delayed = rows.complaint("2026-03-25T09:00", "delivery", "phone", "delivery-delay", "项目管理部",
        "CLOSED", 2, null);
    rows.complaint("2026-03-26T09:00", "delivery", "in-person", "delivery-delay", null, "RECEIVED", 0, null);
    rows.complaint("2026-03-27T09:00", "other", "online-form", null, null, "RECEIVED", 0, null);

    // outside: 00:00 Beijing on 1 April (still 31 March in UTC), and the last second of February
    Complaint april = rows.complaint("2026-04-01T00:00", "product-quality", "phone", "staff-attitude", "技术部",
        "CLOSED", 3, 1);
    Complaint february = rows.complaint("2026-02-28T23:59:59", "product-quality", "phone", "staff-attitude", "客服部",
        "CLOSED", 1, 1);

    rows.deadline(first, "INITIAL_RESPONSE", 1, true);
    rows.deadline(first, "RESULT_FEEDBACK", 1, true);
    rows.deadline(reopened, "INITIAL_RESPONSE", 1, false);
    rows.deadline(reopened, "RESULT_FEEDBACK", 1, false);
    rows.deadline(reopened, "RESULT_FEEDBACK", 2, true);
    rows.deadline(open, "INITIAL_RESPONSE", 1, true);
    rows.deadline(open, "RESULT_FEEDBACK", 1, null);
    rows.deadline(last, "INITIAL_RESPONSE", 1, null);
    rows.deadline(delayed, "INITIAL_RESPONSE", 1, true);
    rows.deadline(delayed, "RESULT_FEEDBACK", 1, true);
    rows.deadline(april, "INITIAL_RESPONSE", 1, false);
    rows.deadline(april, "RESULT_FEEDBACK", 1, false);
    rows.deadline(february, "INITIAL_RESPONSE", 1, false);
  }

  @Test
  @Verifies({"P2.KPI", "P2.10"})
  void everyFigureOfAMonth() {
    march();
    ComplaintKpis k = service.compute(MARCH_1, MARCH_31);

    assertThat(k.from()).isEqualTo(MARCH_1);
    assertThat(k.to()).isEqualTo(MARCH_31);
    assertThat(k.total()).isEqualTo(7);
    // most frequent first, ties by code
    assertThat(k.byCategory()).containsExactly(entry("delivery", 2L), entry("product-quality", 2L),
        entry("billing", 1L), entry("other", 1L), entry("service-attitude", 1L));
    // only where known: the complaint without cause is left out
    assertThat(k.byCause()).containsExactly(entry("product-defect", 3L), entry("delivery-delay", 2L),
        entry("staff-attitude", 1L));
    assertThat(k.byDepartment()).containsExactly(entry("技术部", 2L), entry("客服部", 1L), entry("财务部", 1L),
        entry("项目管理部", 1L));
    assertThat(k.byChannel()).containsExactly(entry("phone", 3L), entry("email", 1L), entry("hotline", 1L),
        entry("in-person", 1L), entry("online-form", 1L));
    // initial response: met 3 of 4 decided (the open one does not count)
    assertThat(k.onTimeInitialResponseRate()).isEqualTo(0.75);
    // result feedback, every round: met 3 of 4 decided
    assertThat(k.onTimeFeedbackRate()).isEqualTo(0.75);
    // closed 3 of 7
    assertThat(k.resolutionRate()).isEqualTo(0.4286);
    // reopened (reopen_count > 0) 2 of 7
    assertThat(k.reopenRate()).isEqualTo(0.2857);
    // (5 + 4 + 4) / 3
    assertThat(k.averageSatisfaction()).isEqualTo(4.33);
    assertThat(k.recurringCauses()).containsExactly(new CauseCount("product-defect", 3),
        new CauseCount("delivery-delay", 2));
  }

  @Test
  @Verifies("P2.KPI")
  void periodBoundariesAreWholeDaysInBeijing() {
    march();
    // 23:59 Beijing on the last day is in; 00:00 Beijing on the next day is out
    ComplaintKpis lastDay = service.compute(MARCH_31, MARCH_31);
    assertThat(lastDay.total()).isEqualTo(1);
    assertThat(lastDay.byCategory()).containsOnlyKeys("billing");
    ComplaintKpis nextDay = service.compute(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1));
    assertThat(nextDay.total()).isEqualTo(1);
    assertThat(nextDay.byCause()).containsOnlyKeys("staff-attitude");
    // 00:00 Beijing on the first day is in
    ComplaintKpis firstDay = service.compute(MARCH_1, MARCH_1);
    assertThat(firstDay.total()).isEqualTo(1);
    assertThat(firstDay.onTimeInitialResponseRate()).isEqualTo(1.0);
    // the whole of February and March: the February complaint joins
    assertThat(service.compute(LocalDate.of(2026, 2, 1), MARCH_31).total()).isEqualTo(8);
  }

  @Test
  @Verifies("P2.KPI")
  void ratesWithoutDenominatorAreNull() {
    ComplaintKpis empty = service.compute(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    assertThat(empty.total()).isZero();
    assertThat(empty.byCategory()).isEmpty();
    assertThat(empty.byCause()).isEmpty();
    assertThat(empty.byDepartment()).isEmpty();
    assertThat(empty.byChannel()).isEmpty();
    assertThat(empty.onTimeInitialResponseRate()).isNull();
    assertThat(empty.onTimeFeedbackRate()).isNull();
    assertThat(empty.resolutionRate()).isNull();
    assertThat(empty.reopenRate()).isNull();
    assertThat(empty.averageSatisfaction()).isNull();
    assertThat(empty.recurringCauses()).isEmpty();

    // complaints, but no deadline decided yet and no score: those stay null, the others are 0
    Complaint c = rows.complaint("2025-02-10T10:00", "billing", "email", "billing-error", "财务部", "RECEIVED", 0, null);
    rows.deadline(c, "INITIAL_RESPONSE", 1, null);
    ComplaintKpis undecided = service.compute(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
    assertThat(undecided.total()).isOne();
    assertThat(undecided.onTimeInitialResponseRate()).isNull();
    assertThat(undecided.onTimeFeedbackRate()).isNull();
    assertThat(undecided.averageSatisfaction()).isNull();
    assertThat(undecided.resolutionRate()).isEqualTo(0.0);
    assertThat(undecided.reopenRate()).isEqualTo(0.0);
    assertThat(undecided.recurringCauses()).isEmpty();
  }

  @Test
  @Verifies("P2.10")
  void aCauseRecursFromTwoComplaints() {
    rows.complaint("2025-05-02T10:00", "billing", "email", "billing-error", "财务部", "CLOSED", 0, 2);
    rows.complaint("2025-05-03T10:00", "billing", "phone", "communication", "客服部", "CLOSED", 0, 3);
    assertThat(service.compute(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)).recurringCauses()).isEmpty();

    rows.complaint("2025-05-20T10:00", "billing", "phone", "billing-error", "财务部", "CLOSED", 0, 3);
    rows.complaint("2025-05-21T10:00", "delivery", "phone", "communication", "项目管理部", "CLOSED", 0, 3);
    rows.complaint("2025-05-22T10:00", "delivery", "phone", "communication", "项目管理部", "CLOSED", 0, 3);
    ComplaintKpis k = service.compute(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
    assertThat(k.recurringCauses()).containsExactly(new CauseCount("communication", 3),
        new CauseCount("billing-error", 2));
    assertThat(k.averageSatisfaction()).isEqualTo(2.8);
    assertThat(k.resolutionRate()).isEqualTo(1.0);
  }

  @Test
  @Verifies("P2.10")
  void aPeriodEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> service.compute(MARCH_31, MARCH_1)).isInstanceOf(IllegalArgumentException.class);
  }
}
