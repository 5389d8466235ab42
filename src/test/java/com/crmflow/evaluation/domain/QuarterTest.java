package com.crmflow.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quarter of an evaluation and the exact rates (SPEC P7.3), without Spring. */
@Verifies("P7.3")
class QuarterTest {

  @Test
  void aQuarterHasItsDaysAndTheTimerEvaluatesTheOneThatEnded() {
    Quarter q = Quarter.parse("2026-Q3");
    assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(q.previous()).hasToString("2026-Q2");
    assertThat(Quarter.parse("2027-Q1").previous()).hasToString("2026-Q4");
    assertThat(Quarter.endedBefore(LocalDate.of(2026, 10, 1))).hasToString("2026-Q3");
    assertThat(Quarter.endedBefore(LocalDate.of(2027, 1, 1))).hasToString("2026-Q4");
    assertThat(q.shown()).isEqualTo("2026 年第 3 季度");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-Q5", "2026Q3", "26-Q3", "2026-q3x", ""})
  void anythingElseIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("2026-Q3");
    assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void ratesArePercentHalfUpWithTwoDecimalsAndNullWithoutDenominator() {
    assertThat(QuarterlyEvaluations.rate(2, 3)).isEqualByComparingTo("66.67");
    assertThat(QuarterlyEvaluations.rate(1, 3)).isEqualByComparingTo("33.33");
    assertThat(QuarterlyEvaluations.rate(9, 10)).isEqualByComparingTo("90.00");
    assertThat(QuarterlyEvaluations.rate(0, 0)).isNull();
    assertThat(QuarterlyEvaluations.percent(null)).isEqualTo("无调查");
    assertThat(QuarterlyEvaluations.percent(QuarterlyEvaluations.rate(3, 5))).isEqualTo("60%");
  }
}
