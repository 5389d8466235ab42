package com.crmflow.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.evaluation.domain.EvaluationRules.Proposal;
import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/owner-evaluation.dmn (003 §5.2-5.3): the reward and penalty-review proposals of the quarter. */
@Verifies("P7.3")
class OwnerEvaluationDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/owner-evaluation.dmn"))) {
      decision = dmn.parseDecision(EvaluationRules.DECISION_KEY, in);
    }
  }

  static List<Proposal> quarter(String rate, String previous) {
    return EvaluationRules.proposals(dmn.evaluateDecision(decision, EvaluationRules.variables(
        EvaluationRules.EVENT_QUARTER, rate == null ? null : new BigDecimal(rate),
        previous == null ? null : new BigDecimal(previous), null, null)));
  }

  static List<String> change(String from, String to) {
    return EvaluationRules.proposals(dmn.evaluateDecision(decision, EvaluationRules.variables(
        EvaluationRules.EVENT_GRADE_CHANGE, null, null, from, to))).stream()
        .map(p -> p.kind() + ":" + p.reasonCode()).toList();
  }

  @ParameterizedTest(name = "{0} % after {1} % → {2}")
  @CsvSource(nullValues = "null", value = {
      "100, null, REWARD:SATISFACTION_HIGH",
      "90, 50, REWARD:SATISFACTION_HIGH",
      "89.99, 95, ''",
      "70, 60, ''",
      "69.99, 69.99, PENALTY_REVIEW:SATISFACTION_LOW_TWICE",
      "0, 50, PENALTY_REVIEW:SATISFACTION_LOW_TWICE",
      "50, 70, ''",
      "50, null, ''",
      "null, 50, ''",
      "null, null, ''"})
  void satisfactionRates(String rate, String previous, String expected) {
    List<String> got = quarter(rate, previous).stream().map(p -> p.kind() + ":" + p.reasonCode()).toList();
    assertThat(String.join(",", got)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void aHighRateNamesItsReason() {
    assertThat(quarter("95", null)).singleElement().extracting(Proposal::reason).asString().contains("90%");
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(nullValues = "null", value = {
      "C, B, REWARD:UPGRADE",
      "B, A, REWARD:UPGRADE",
      "C, A, REWARD:NEW_A",
      "D, A, REWARD:NEW_A",
      "null, A, REWARD:NEW_A",
      "D, C, ''",
      "A, B, ''",
      "B, C, ''",
      "null, B, ''"})
  void gradeChanges(String from, String to, String expected) {
    assertThat(String.join(",", change(from, to))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void aGradeChangeIsNotAQuarterAndViceVersa() {
    assertThat(EvaluationRules.proposals(dmn.evaluateDecision(decision, EvaluationRules.variables(
        EvaluationRules.EVENT_GRADE_CHANGE, new BigDecimal("95"), null, "C", "D")))).isEmpty();
  }
}
