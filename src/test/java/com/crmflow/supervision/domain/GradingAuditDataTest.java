package com.crmflow.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.supervision.domain.GradingAuditData.Criterion;
import java.io.File;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

/** The criteria and weights the audit reads from the grading rules (processes/customer-grading.dmn), without Spring. */
class GradingAuditDataTest {

  @Test
  void theCriteriaAreEveryDecisionOfTheRulesWithTheirRulesAndTheWeights() {
    List<Criterion> criteria = GradingAuditData.criteria(Dmn.readModelFromFile(new File(
        "processes/customer-grading.dmn")));
    assertThat(criteria).extracting(Criterion::decisionId).containsExactly("customer-grading",
        "grading-composite-score", "grading-annual-purchase", "grading-purchase-frequency",
        "grading-profit-contribution", "grading-cooperation-years", "grading-growth-potential",
        "grading-market-influence", "prospect-grading", "prospect-industry");
    Criterion grade = criteria.get(0);
    // the leads' prospect criteria (SPEC P3.1: scale, industry, cooperation intention) are part of the system
    assertThat(grade.input()).isEqualTo("综合评分、潜在客户分类（规模、行业、合作意向）");
    assertThat(grade.rules()).hasSize(5).first().asString().contains("A 重要战略客户").contains(">= 85")
        .contains("\"A\"");
    Criterion weights = criteria.get(1);
    assertThat(weights.rules()).isEmpty();
    assertThat(weights.expression()).contains("annualPurchase: 0.25").contains("profitContribution: 0.25");
    assertThat(criteria.get(2).input()).isEqualTo("年度采购额（万元）");
    assertThat(criteria.get(2).rules().get(0)).contains("≥ 1000 万元").contains("100");
  }
}
