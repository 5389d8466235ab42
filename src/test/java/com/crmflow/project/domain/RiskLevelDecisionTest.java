package com.crmflow.project.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The risk matrix of processes/risk-level.dmn (000 §5): likelihood × impact → level, every cell. */
@Verifies("P1.5")
class RiskLevelDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/risk-level.dmn"))) {
      decision = dmn.parseDecision(RiskMatrix.DECISION_KEY, in);
    }
  }

  private static String level(String likelihood, String impact) {
    return dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("likelihood", likelihood).putValue("impact", impact))
        .getSingleResult().getSingleEntry();
  }

  @ParameterizedTest(name = "likelihood {0} × impact {1} → {2}")
  @CsvSource({
      "low, low, low", "low, medium, low", "low, high, medium",
      "medium, low, low", "medium, medium, medium", "medium, high, high",
      "high, low, medium", "high, medium, high", "high, high, high"})
  void everyCellOfTheMatrix(String likelihood, String impact, String expected) {
    assertThat(level(likelihood, impact)).isEqualTo(expected);
  }

  @Test
  void anUnknownValueMatchesNoRule() {
    assertThat(dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("likelihood", "extreme").putValue("impact", "high")).isEmpty()).isTrue();
  }
}
