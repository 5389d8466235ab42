package com.crmflow.customer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/customer-grading.dmn (003 §3.2): every indicator table at the edges of its bands, the weights, the
 * grade boundaries of the composite score (each grade at its lowest score and just below it), and whole customers
 * whose composite score lands exactly on a boundary.
 */
@Verifies({"P3.1", "P3.2"})
class CustomerGradingDecisionTest {

  static DmnEngine dmn;

  @BeforeAll
  static void engine() {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }

  static DmnModelInstance model() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes/customer-grading.dmn"))) {
      return Dmn.readModelFromStream(in);
    }
  }

  static DmnDecision decision(String key) throws IOException {
    return dmn.parseDecision(key, model());
  }

  /** The grade table on its own: its requirement on the composite score is removed, the score is an input. */
  static DmnDecision gradeTableAlone() throws IOException {
    DmnModelInstance model = model();
    Decision grade = model.getModelElementById(GradingRules.DECISION_KEY);
    List.copyOf(grade.getChildElementsByType(InformationRequirement.class)).forEach(grade::removeChildElement);
    return dmn.parseDecision(GradingRules.DECISION_KEY, model);
  }

  static Object single(DmnDecision decision, VariableMap variables) {
    return dmn.evaluateDecision(decision, variables).getSingleResult().getSingleEntry();
  }

  static VariableMap customer(String amount, Integer frequency, String profit, Integer years, Integer growth,
      Integer influence) {
    return Variables.createVariables()
        .putValue("annualPurchaseAmount", amount == null ? null : new BigDecimal(amount))
        .putValue("purchaseFrequency", frequency)
        .putValue("profitContribution", profit == null ? null : new BigDecimal(profit))
        .putValue("cooperationYears", years)
        .putValue("growthPotential", growth)
        .putValue("marketInfluence", influence);
  }

  @ParameterizedTest(name = "年度采购额 {0} 万元 → {1}")
  @CsvSource(nullValues = "null", value = {"1000, 100", "5000000, 100", "999.99, 85", "500, 85", "499.99, 70",
      "200, 70", "199.99, 50", "50, 50", "49.99, 30", "10, 30", "9.99, 10", "0, 10", "null, 0"})
  void annualPurchaseAmount(String amount, int score) throws IOException {
    assertThat(single(decision("grading-annual-purchase"), Variables.createVariables()
        .putValue("annualPurchaseAmount", amount == null ? null : new BigDecimal(amount)))).isEqualTo(score);
  }

  @ParameterizedTest(name = "采购频率 {0} 次/年 → {1}")
  @CsvSource(nullValues = "null", value = {"365, 100", "24, 100", "23, 80", "12, 80", "11, 60", "6, 60", "5, 40",
      "2, 40", "1, 20", "0, 0", "null, 0"})
  void purchaseFrequency(Integer frequency, int score) throws IOException {
    assertThat(single(decision("grading-purchase-frequency"),
        Variables.createVariables().putValue("purchaseFrequency", frequency))).isEqualTo(score);
  }

  @ParameterizedTest(name = "利润贡献 {0} 万元 → {1}")
  @CsvSource(nullValues = "null", value = {"200, 100", "199.99, 85", "100, 85", "99.99, 70", "40, 70", "39.99, 50",
      "10, 50", "9.99, 30", "0, 30", "-0.01, 0", "-500, 0", "null, 0"})
  void profitContribution(String profit, int score) throws IOException {
    assertThat(single(decision("grading-profit-contribution"), Variables.createVariables()
        .putValue("profitContribution", profit == null ? null : new BigDecimal(profit)))).isEqualTo(score);
  }

  @ParameterizedTest(name = "合作年限 {0} 年 → {1}")
  @CsvSource(nullValues = "null", value = {"30, 100", "10, 100", "9, 80", "5, 80", "4, 60", "3, 60", "2, 40",
      "1, 40", "0, 20", "null, 0"})
  void cooperationYears(Integer years, int score) throws IOException {
    assertThat(single(decision("grading-cooperation-years"),
        Variables.createVariables().putValue("cooperationYears", years))).isEqualTo(score);
  }

  @ParameterizedTest(name = "发展潜力 / 市场影响力 {0} → {1}")
  @CsvSource(nullValues = "null", value = {"5, 100", "4, 80", "3, 60", "2, 40", "1, 20", "null, 0"})
  void growthPotentialAndMarketInfluence(Integer level, int score) throws IOException {
    assertThat(single(decision("grading-growth-potential"),
        Variables.createVariables().putValue("growthPotential", level))).isEqualTo(score);
    assertThat(single(decision("grading-market-influence"),
        Variables.createVariables().putValue("marketInfluence", level))).isEqualTo(score);
  }

  @ParameterizedTest(name = "综合评分 {0} → {1}")
  @CsvSource({"100, A", "85, A", "84.99, B", "70, B", "69.99, C", "50, C", "49.99, D", "0, D"})
  void everyGradeAtItsLowestScoreAndJustBelow(double score, String grade) throws IOException {
    DmnDecisionResultEntries row = dmn.evaluateDecision(gradeTableAlone(),
        Variables.createVariables().putValue("compositeScore", score)).getSingleResult();
    assertThat((String) row.getEntry("grade")).isEqualTo(grade);
    assertThat((Double) row.getEntry("score")).isEqualTo(score);
  }

  @Test
  void purchaseAmountAndProfitWeighMostAndTheWeightsSumToOne() throws IOException {
    DmnDecision composite = decision("grading-composite-score");
    // every indicator at 100 → 100; one indicator at 0 costs its weight × 100
    assertThat(single(composite, customer("1000", 24, "200", 10, 5, 5))).isEqualTo(100.0);
    assertThat(single(composite, customer(null, 24, "200", 10, 5, 5))).isEqualTo(75.0);
    assertThat(single(composite, customer("1000", 24, null, 10, 5, 5))).isEqualTo(75.0);
    assertThat(single(composite, customer("1000", null, "200", 10, 5, 5))).isEqualTo(90.0);
    assertThat(single(composite, customer("1000", 24, "200", null, 5, 5))).isEqualTo(90.0);
    assertThat(single(composite, customer("1000", 24, "200", 10, null, 5))).isEqualTo(85.0);
    assertThat(single(composite, customer("1000", 24, "200", 10, 5, null))).isEqualTo(85.0);
    assertThat(single(composite, customer(null, null, null, null, null, null))).isEqualTo(0.0);
  }

  /** Whole customers through the decision requirements graph, landing exactly on each boundary and just below. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "null", value = {
      // 25 + 25 + 10 + 10 + 6 + 9 = 85
      "A at 85.00,     1000,   24, 200,   10, 2, 3, 85.00, A",
      // the purchase amount one cent lower: 21.25 + 25 + 10 + 10 + 6 + 9
      "B at 81.25,     999.99, 24, 200,   10, 2, 3, 81.25, B",
      // 17.5 + 17.5 + 10 + 10 + 9 + 6 = 70
      "B at 70.00,     200,    24, 40,    10, 3, 2, 70.00, B",
      // the profit one cent lower: 17.5 + 12.5 + 10 + 10 + 9 + 6
      "C at 65.00,     200,    24, 39.99, 10, 3, 2, 65.00, C",
      // 12.5 + 12.5 + 10 + 6 + 3 + 6 = 50
      "C at 50.00,     50,     24, 10,    3,  1, 2, 50.00, C",
      // two years of cooperation instead of three: 12.5 + 12.5 + 10 + 4 + 3 + 6
      "D at 48.00,     50,     24, 10,    2,  1, 2, 48.00, D",
      "D without data, null,   null, null, null, null, null, 0.00, D"})
  void wholeCustomersOnTheBoundaries(String name, String amount, Integer frequency, String profit, Integer years,
      Integer growth, Integer influence, String score, String grade) throws IOException {
    DmnDecisionResultEntries row = dmn.evaluateDecision(decision(GradingRules.DECISION_KEY),
        customer(amount, frequency, profit, years, growth, influence)).getSingleResult();
    assertThat((String) row.getEntry("grade")).isEqualTo(grade);
    assertThat(BigDecimal.valueOf((Double) row.getEntry("score")).setScale(2)).isEqualTo(new BigDecimal(score));
  }
}
