package com.crmflow.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

/** The grade and the grading indicators of a customer, without Spring. */
class CustomerGradesTest {

  static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

  CustomerRepository customers = mock(CustomerRepository.class);
  AuditLog audit = mock(AuditLog.class);
  ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  CustomerGrades grades = new CustomerGrades(customers, audit, events);
  Customer customer = new Customer();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    ReflectionTestUtils.setField(customer, "id", 7L);
    customer.setGrade("C");
    customer.setAnnualPurchaseAmount(new BigDecimal("200"));
    customer.setGrowthPotential(3);
    when(customers.findById(7L)).thenReturn(Optional.of(customer));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void aNewGradeIsSetWithItsTimeAuditedAndPublished() {
    grades.applyGrade(7L, " b ", "wuxia");
    assertThat(customer.getGrade()).isEqualTo("B");
    assertThat(customer.getGradedAt()).isEqualTo(NOW);
    verify(events).publishEvent(new CustomerGradeChanged(7L, "C", "B", "wuxia"));
    verify(audit).record("wuxia", AuditLog.GRADE_CHANGE, "customer", 7L, "grade C → B");
  }

  @Test
  void theSameGradeAgainIsRegradedButNotPublished() {
    grades.applyGrade(7L, "C", "wuxia");
    assertThat(customer.getGradedAt()).isEqualTo(NOW);
    verify(events, never()).publishEvent(any(Object.class));
  }

  @Test
  void aGradeOtherThanAToDIsRefused() {
    assertThatThrownBy(() -> grades.applyGrade(7L, "E", "wuxia"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("grade"))
        .hasMessageContaining("必须是 A、B、C 或 D");
    assertThat(customer.getGrade()).isEqualTo("C");
  }

  @Test
  void indicatorsNamedInTheUpdateReplaceTheCurrentOnes() {
    Indicators merged = grades.updateIndicators(7L, new Indicators(null, 12, new BigDecimal("-5"), null, 5, null),
        "lina");
    assertThat(merged).isEqualTo(new Indicators(new BigDecimal("200"), 12, new BigDecimal("-5"), null, 5, null));
    assertThat(customer.getPurchaseFrequency()).isEqualTo(12);
    assertThat(customer.getGrowthPotential()).isEqualTo(5);
    assertThat(customer.getAnnualPurchaseAmount()).isEqualByComparingTo("200");
    assertThat(customer.getUpdatedAt()).isEqualTo(NOW);
  }

  @Test
  void indicatorsOutOfRangeAreRefusedNamingTheFieldAndNothingChanges() {
    assertThatThrownBy(() -> grades.updateIndicators(7L, new Indicators(null, null, null, null, 6, null), "lina"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("growthPotential");
          assertThat(e.getMessage()).contains("发展潜力应在 1 到 5 之间：6");
        });
    assertThatThrownBy(() -> grades.updateIndicators(7L, new Indicators(new BigDecimal("-1"), -2, null, -1, null, 0),
        "lina")).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("annualPurchaseAmount");
          assertThat(e.getMessage()).contains("年度采购额不能为负数").contains("采购频率不能为负数")
              .contains("合作年限不能为负数").contains("市场影响力应在 1 到 5 之间：0");
        });
    assertThat(customer.getGrowthPotential()).isEqualTo(3);
    assertThat(customer.getUpdatedAt()).isNull();
  }
}
