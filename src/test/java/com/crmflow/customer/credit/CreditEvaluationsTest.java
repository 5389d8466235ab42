package com.crmflow.customer.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.testsupport.Verifies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** 信用评估 (P3.7) step by step, without Spring: request, evaluate, risk measures, complete, lapse. */
class CreditEvaluationsTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  final Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), BEIJING);
  final CreditEvaluationRepository repository = mock(CreditEvaluationRepository.class);
  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final NumberGenerator numbers = mock(NumberGenerator.class);
  final CreditEvaluations steps = new CreditEvaluations(repository, customers, numbers,
      new CreditSettings("BB", LocalTime.of(9, 0)), clock);

  private Customer customer(long id, String status) {
    Customer c = new Customer();
    ReflectionTestUtils.setField(c, "id", id);
    c.setName("华东建设");
    c.setStatus(status);
    when(customers.get(id)).thenReturn(c);
    return c;
  }

  private CreditEvaluation evaluation(long id, String status, String rating) {
    CreditEvaluation e = new CreditEvaluation();
    ReflectionTestUtils.setField(e, "id", id);
    e.setEvaluationNumber("CRE-2026-000" + id);
    e.setCustomerId(7L);
    e.setOpenCustomerId(CreditEvaluation.CURRENT.equals(status) ? null : 7L);
    e.setStatus(status);
    e.setRating(rating);
    when(repository.findById(id)).thenReturn(Optional.of(e));
    return e;
  }

  static EvaluationInput input(String rating, String validUntil) {
    return new EvaluationInput(rating, new BigDecimal("300000.00"), "按期付款", LocalDate.parse(validUntil));
  }

  @Test
  @Verifies("P3.7")
  void anEvaluationIsRequestedForAnActiveCustomerOnlyAndOneAtATime() {
    customer(7, Customer.STATUS_ACTIVE);
    when(numbers.next("CRE", 4)).thenReturn("CRE-2026-0001");
    when(repository.save(any())).thenAnswer(i -> i.getArgument(0));
    CreditEvaluation e = steps.request(7L, CreditEvaluation.REQUEST, "wuxia");
    assertThat(e.getStatus()).isEqualTo(CreditEvaluation.PENDING);
    assertThat(e.getOpenCustomerId()).isEqualTo(7L);
    assertThat(e.getRequestedBy()).isEqualTo("wuxia");

    when(repository.findByOpenCustomerId(7L)).thenReturn(Optional.of(e));
    assertThatThrownBy(() -> steps.request(7L, CreditEvaluation.REQUEST, "wuxia"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已有进行中的信用评估 CRE-2026-0001");
    customer(8, "INACTIVE");
    assertThatThrownBy(() -> steps.request(8L, CreditEvaluation.REQUEST, "wuxia"))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("不是有效客户");
  }

  @Test
  @Verifies("P3.7")
  void aRatingBelowTheThresholdNeedsRiskMeasuresTheThresholdItselfDoesNot() {
    evaluation(1, CreditEvaluation.PENDING, null);
    assertThat(steps.evaluate(1L, input("BB", "2027-06-30"), "hejing")).isFalse();
    CreditEvaluation low = evaluation(2, CreditEvaluation.PENDING, null);
    assertThat(steps.evaluate(2L, input("B", "2027-06-30"), "hejing")).isTrue();
    assertThat(low.getStatus()).isEqualTo(CreditEvaluation.MEASURES);
    assertThat(low.getEvaluatedBy()).isEqualTo("hejing");
    assertThat(low.getEvaluatedAt()).isEqualTo(clock.instant());
    assertThat(CreditRatings.below("C", "BB")).isTrue();
    assertThat(CreditRatings.below("AAA", "BB")).isFalse();
  }

  @Test
  @Verifies("P3.7")
  void aRatingNotOnTheScaleAPastValidityOrASecondEvaluationIsRefused() {
    evaluation(1, CreditEvaluation.PENDING, null);
    assertThatThrownBy(() -> steps.evaluate(1L, input("D", "2027-06-30"), "hejing"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("信用等级取值无效：D");
    assertThatThrownBy(() -> steps.evaluate(1L, input("A", "2026-12-01"), "hejing"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("有效期至须晚于今天（2026-12-01）");
    evaluation(3, CreditEvaluation.CURRENT, "A");
    assertThatThrownBy(() -> steps.evaluate(3L, input("A", "2027-06-30"), "hejing"))
        .hasMessageContaining("当前不能评估");
  }

  @Test
  @Verifies("P3.7")
  void riskMeasuresOnlyForALowRatingAndItCannotApplyWithoutThem() {
    evaluation(1, CreditEvaluation.PENDING, "A");
    assertThatThrownBy(() -> steps.recordRiskMeasures(1L, new RiskMeasuresInput("deposit", "保证金"), "wuxia"))
        .hasMessageContaining("当前不能制定风险控制措施");
    CreditEvaluation low = evaluation(2, CreditEvaluation.MEASURES, "C");
    assertThatThrownBy(() -> steps.complete(2L)).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("须先由客户关系管理部门制定风险控制措施");
    assertThatThrownBy(() -> steps.recordRiskMeasures(2L, new RiskMeasuresInput("insurance", "保险"), "wuxia"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("风险控制措施取值无效：insurance");
    steps.recordRiskMeasures(2L, new RiskMeasuresInput("guarantee", " 母公司担保 "), "wuxia");
    assertThat(low.getRiskDescription()).isEqualTo("母公司担保");

    CreditEvaluation previous = evaluation(9, CreditEvaluation.CURRENT, "A");
    when(repository.findFirstByCustomerIdAndStatusOrderByIdDesc(7L, CreditEvaluation.CURRENT))
        .thenReturn(Optional.of(previous));
    steps.complete(2L);
    assertThat(low.getStatus()).isEqualTo(CreditEvaluation.CURRENT);
    assertThat(low.getOpenCustomerId()).isNull();
    assertThat(previous.getStatus()).isEqualTo(CreditEvaluation.SUPERSEDED);
    evaluation(4, CreditEvaluation.PENDING, null);
    assertThatThrownBy(() -> steps.complete(4L)).hasMessageContaining("尚未完成评估");
  }

  @Test
  @Verifies("P3.7")
  void theLapseAtNineOnTheValidUntilDayOpensAReevaluationUnlessSuperseded() {
    CreditEvaluation e = evaluation(1, CreditEvaluation.CURRENT, "A");
    e.setValidUntil(LocalDate.parse("2027-06-30"));
    assertThat(steps.expiresAt(1L).toInstant()).isEqualTo(Instant.parse("2027-06-30T01:00:00Z"));

    customer(7, Customer.STATUS_ACTIVE);
    when(numbers.next("CRE", 4)).thenReturn("CRE-2027-0001");
    when(repository.save(any())).thenAnswer(i -> i.getArgument(0));
    Optional<CreditEvaluation> next = steps.lapse(1L);
    assertThat(next).hasValueSatisfying(n -> {
      assertThat(n.getTriggerKind()).isEqualTo(CreditEvaluation.EXPIRY);
      assertThat(n.getPreviousEvaluationId()).isEqualTo(1L);
      assertThat(n.getRequestedBy()).isEqualTo("system");
    });
    assertThat(e.getStatus()).isEqualTo(CreditEvaluation.EXPIRED);

    evaluation(2, CreditEvaluation.SUPERSEDED, "BB");
    assertThat(steps.lapse(2L)).isEmpty();
    verify(numbers, never()).next("CRE", 5);
  }

  @Test
  void aThresholdNotOnTheScaleIsAConfigurationError() {
    assertThatThrownBy(() -> new CreditSettings("D", LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
  }
}
