package com.crmflow.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.survey.domain.SurveyRules.Scores;
import com.crmflow.survey.domain.SurveySettings.LowScore;
import com.crmflow.survey.domain.SurveySettings.Periodic;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The rules of satisfaction surveys, without Spring: the low score, the periodic survey's due day, the open key. */
class SurveyRulesTest {

  static final LowScore DEFAULT_LOW = new LowScore(2, 1);
  static final Periodic DEFAULT_PERIODIC = new Periodic(Period.ofMonths(6), Period.ofMonths(6), Period.ofYears(1),
      null);

  @Test
  @Verifies("P7.2")
  void lowIsOverallAtMostTwoOrAnyDimensionOne() {
    assertThat(SurveyRules.isLow(new Scores(3, 3, 3, 3, 2), DEFAULT_LOW)).isTrue();
    assertThat(SurveyRules.isLow(new Scores(3, 3, 3, 3, 3), DEFAULT_LOW)).isFalse();
    assertThat(SurveyRules.isLow(new Scores(5, 5, 1, 5, 5), DEFAULT_LOW)).as("one dimension 1").isTrue();
    assertThat(SurveyRules.isLow(new Scores(2, 2, 2, 2, 3), DEFAULT_LOW)).as("2 in a dimension is not low").isFalse();
    assertThat(SurveyRules.isLow(new Scores(null, null, null, null, 1), DEFAULT_LOW)).isTrue();
    assertThat(SurveyRules.isLow(new Scores(null, null, null, null, null), DEFAULT_LOW)).isFalse();
    // configurable: overall ≤ 3 or any dimension ≤ 2
    LowScore strict = new LowScore(3, 2);
    assertThat(SurveyRules.isLow(new Scores(4, 4, 4, 4, 3), strict)).isTrue();
    assertThat(SurveyRules.isLow(new Scores(2, 4, 4, 4, 4), strict)).isTrue();
    assertThat(SurveyRules.isLow(new Scores(3, 4, 4, 4, 4), strict)).isFalse();
  }

  @Test
  @Verifies("P7.1")
  void periodicSurveysAreHalfYearlyForAAndBYearlyForCAndNoneForD() {
    LocalDate since = LocalDate.parse("2026-01-15");
    assertThat(SurveyRules.periodicDueOn("A", null, since, DEFAULT_PERIODIC)).contains(LocalDate.parse("2026-07-15"));
    assertThat(SurveyRules.periodicDueOn("b", null, since, DEFAULT_PERIODIC)).contains(LocalDate.parse("2026-07-15"));
    assertThat(SurveyRules.periodicDueOn("C", null, since, DEFAULT_PERIODIC)).contains(LocalDate.parse("2027-01-15"));
    assertThat(SurveyRules.periodicDueOn("D", null, since, DEFAULT_PERIODIC)).isEmpty();
    assertThat(SurveyRules.periodicDueOn(null, null, since, DEFAULT_PERIODIC)).isEmpty();
    // D when configured
    Periodic withD = new Periodic(Period.ofMonths(6), Period.ofMonths(6), Period.ofYears(1), Period.ofYears(2));
    assertThat(SurveyRules.periodicDueOn("D", null, since, withD)).contains(LocalDate.parse("2028-01-15"));
  }

  @Test
  @Verifies("P7.1")
  void theLatestSurveyOfAnyTriggerRestartsThePeriod() {
    LocalDate since = LocalDate.parse("2025-01-15");
    LocalDate lastSurvey = LocalDate.parse("2026-03-01");
    assertThat(SurveyRules.periodicDue("A", lastSurvey, since, DEFAULT_PERIODIC, LocalDate.parse("2026-08-31")))
        .isFalse();
    assertThat(SurveyRules.periodicDue("A", lastSurvey, since, DEFAULT_PERIODIC, LocalDate.parse("2026-09-01")))
        .isTrue();
    assertThat(SurveyRules.periodicDue("A", null, since, DEFAULT_PERIODIC, LocalDate.parse("2026-09-01"))).isTrue();
    assertThat(SurveyRules.periodicDue("D", null, since, DEFAULT_PERIODIC, LocalDate.parse("2030-01-01"))).isFalse();
  }

  @Test
  void oneOpenSurveyPerCustomerAndTriggerAndSourceAndOnePeriodicPerCustomer() {
    assertThat(SurveyRules.openKey(7L, "PROJECT", "PRJ-2026-0001")).isEqualTo("7:PROJECT:PRJ-2026-0001");
    assertThat(SurveyRules.openKey(7L, "PERIODIC", "2026-07-15"))
        .isEqualTo(SurveyRules.openKey(7L, "PERIODIC", "2027-01-15")).isEqualTo("7:PERIODIC");
  }

  @Test
  void theImprovementDueIsWorkingDays() {
    SurveySettings settings = new SurveySettings(DEFAULT_PERIODIC, DEFAULT_LOW, "P5WD", "0 15 2 * * *");
    assertThat(settings.improvementDueWorkingDays()).isEqualTo(5);
    assertThatThrownBy(() -> new SurveySettings(DEFAULT_PERIODIC, DEFAULT_LOW, "P5D", "0 15 2 * * *"))
        .hasMessageContaining("crm.survey.improvement-due");
  }
}
