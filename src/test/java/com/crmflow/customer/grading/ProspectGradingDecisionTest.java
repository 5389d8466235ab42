package com.crmflow.customer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The prospect criteria of processes/customer-grading.dmn (SPEC P3.1; 001 §3(1)): every rule of prospect-grading
 * (intention × scale × industry class), of prospect-industry (the key industries by keyword) and the grade table's
 * prospect rule are hit, each asserted by the id of the rule that matched; at the end every rule of the three tables
 * has been hit. Without an intention — the periodic regrading — the composite score still decides.
 */
@Verifies({"P3.1", "P3.2", "P5.4"})
class ProspectGradingDecisionTest {

  static DmnEngine dmn;
  static DmnModelInstance model;
  /** The ids of the rules that matched in the last evaluation, per decision key. */
  static final List<String> matched = new ArrayList<>();
  static final Set<String> everHit = new HashSet<>();

  @BeforeAll
  static void engine() throws IOException {
    DefaultDmnEngineConfiguration config =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    config.customPostDecisionEvaluationListeners(List.of(new DmnDecisionEvaluationListener() {
      @Override
      public void notify(DmnDecisionEvaluationEvent event) {
        record(event.getDecisionResult());
        event.getRequiredDecisionResults().forEach(ProspectGradingDecisionTest::record);
      }
    }));
    dmn = config.buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/customer-grading.dmn"))) {
      model = Dmn.readModelFromStream(in);
    }
  }

  static void record(DmnDecisionLogicEvaluationEvent e) {
    if (e instanceof DmnDecisionTableEvaluationEvent t) {
      t.getMatchingRules().forEach(r -> matched.add(e.getDecision().getKey() + "/" + r.getId()));
    }
  }

  @BeforeEach
  void clear() {
    matched.clear();
  }

  static DmnDecision decision(String key) {
    return dmn.parseDecision(key, model);
  }

  static DmnDecisionResultEntries evaluate(String key, VariableMap variables) {
    DmnDecisionResultEntries row = dmn.evaluateDecision(decision(key), variables).getSingleResult();
    everHit.addAll(matched);
    return row;
  }

  static VariableMap prospect(String intention, String scale, String industry) {
    return Variables.createVariables().putValue("intention", intention).putValue("scale", scale)
        .putValue("industry", industry);
  }

  @ParameterizedTest(name = "行业「{0}」→ {1}（{2}）")
  @CsvSource(nullValues = "null", value = {
      "汽车零部件制造, key, Rule_ProspectIndustry_Manufacturing",
      "高端装备, key, Rule_ProspectIndustry_Manufacturing",
      "信息技术服务, key, Rule_ProspectIndustry_InformationTechnology",
      "软件开发, key, Rule_ProspectIndustry_InformationTechnology",
      "集成电路设计, key, Rule_ProspectIndustry_InformationTechnology",
      "互联网平台, key, Rule_ProspectIndustry_InformationTechnology",
      "新能源汽车, key, Rule_ProspectIndustry_NewEnergy",
      "新材料, key, Rule_ProspectIndustry_NewEnergy",
      "生物技术, key, Rule_ProspectIndustry_Biomedicine",
      "医药流通, key, Rule_ProspectIndustry_Biomedicine",
      "餐饮, general, Rule_ProspectIndustry_Other",
      "房地产, general, Rule_ProspectIndustry_Other",
      "null, general, Rule_ProspectIndustry_Other"})
  void industryClass(String industry, String industryClass, String rule) {
    DmnDecisionResultEntries row = evaluate("prospect-industry",
        Variables.createVariables().putValue("industry", industry));
    assertThat((String) row.getEntry("industryClass")).isEqualTo(industryClass);
    assertThat(matched).containsExactly("prospect-industry/" + rule);
  }

  @ParameterizedTest(name = "意向 {0}、规模 {1}、行业 {2} → {3}（{4}）")
  @CsvSource(nullValues = "null", value = {
      "unclear, large,  装备制造, D, Rule_Prospect_Unclear",
      "none,    large,  装备制造, D, Rule_Prospect_Unclear",
      "none,    null,   null,    D, Rule_Prospect_Unclear",
      "strong,  large,  餐饮,     A, Rule_Prospect_Strong_Large",
      "strong,  large,  null,    A, Rule_Prospect_Strong_Large",
      "strong,  medium, 装备制造, A, Rule_Prospect_Strong_Medium_Key",
      "strong,  medium, 餐饮,     B, Rule_Prospect_Strong_Medium_General",
      "strong,  small,  生物医药, B, Rule_Prospect_Strong_Small_Key",
      "strong,  small,  餐饮,     C, Rule_Prospect_Strong_Small_General",
      "strong,  micro,  软件开发, C, Rule_Prospect_Strong_Micro",
      "strong,  null,   软件开发, C, Rule_Prospect_Strong_Micro",
      "some,    large,  餐饮,     B, Rule_Prospect_Some_Large",
      "some,    medium, 新能源,   B, Rule_Prospect_Some_Medium_Key",
      "some,    medium, 餐饮,     C, Rule_Prospect_Some_Medium_General",
      "some,    small,  新能源,   C, Rule_Prospect_Some_Small",
      "some,    small,  餐饮,     C, Rule_Prospect_Some_Small",
      "some,    micro,  新能源,   D, Rule_Prospect_Some_Micro",
      "some,    null,   null,    D, Rule_Prospect_Some_Micro"})
  void prospectGrade(String intention, String scale, String industry, String grade, String rule) {
    DmnDecisionResultEntries row = evaluate("prospect-grading", prospect(intention, scale, industry));
    assertThat((String) row.getEntry("prospectGrade")).isEqualTo(grade);
    assertThat(matched).contains("prospect-grading/" + rule)
        .filteredOn(id -> id.startsWith("prospect-grading/")).hasSize(1);
  }

  @Test
  void withoutAnIntentionTheProspectTableGivesNoGrade() {
    DmnDecisionResultEntries row = evaluate("prospect-grading", prospect(null, "large", "装备制造"));
    assertThat((String) row.getEntry("prospectGrade")).isNull();
    assertThat(matched).contains("prospect-grading/Rule_Prospect_Intention_None");
  }

  /** The whole graph: a prospect with indicators worth an A is graded by its criteria, keeping the score. */
  @Test
  void aProspectIsGradedByItsCriteriaNotItsCompositeScore() {
    VariableMap v = prospect("some", "micro", "餐饮").putValue("annualPurchaseAmount", 1000).putValue(
        "purchaseFrequency", 24).putValue("profitContribution", 200).putValue("cooperationYears", 10)
        .putValue("growthPotential", 5).putValue("marketInfluence", 5);
    DmnDecisionResultEntries row = evaluate(GradingRules.DECISION_KEY, v);
    assertThat((String) row.getEntry("grade")).isEqualTo("D");
    assertThat((Double) row.getEntry("score")).isEqualTo(100.0);
    assertThat(matched).contains("customer-grading/Rule_GradeProspect", "prospect-grading/Rule_Prospect_Some_Micro");

    row = evaluate(GradingRules.DECISION_KEY, prospect("strong", "large", null));
    assertThat((String) row.getEntry("grade")).isEqualTo("A");
    assertThat((Double) row.getEntry("score")).isEqualTo(0.0);
  }

  /** The periodic regrading passes no intention (nor scale, industry): the composite score decides, as before. */
  @ParameterizedTest(name = "无合作意向评估，综合评分 → {0}")
  @CsvSource({"A, 1000, 200, Rule_GradeA", "D, 0, 0, Rule_GradeD"})
  void withoutProspectCriteriaTheCompositeScoreDecides(String grade, int amount, int profit, String rule) {
    VariableMap v = Variables.createVariables().putValue("annualPurchaseAmount", amount)
        .putValue("purchaseFrequency", 24).putValue("profitContribution", profit).putValue("cooperationYears", 10)
        .putValue("growthPotential", 5).putValue("marketInfluence", 5);
    if (amount == 0) {
      v.clear();
    }
    assertThat((String) evaluate(GradingRules.DECISION_KEY, v).getEntry("grade")).isEqualTo(grade);
    assertThat(matched).contains("customer-grading/" + rule);
  }

  @AfterAll
  static void everyRuleOfTheProspectTablesWasHit() {
    Set<String> rules = model.getModelElementsByType(Rule.class).stream()
        .filter(r -> r.getId().startsWith("Rule_Prospect") || r.getId().equals("Rule_GradeProspect"))
        .map(Rule::getId).collect(Collectors.toSet());
    Set<String> hit = everHit.stream().map(id -> id.substring(id.indexOf('/') + 1)).collect(Collectors.toSet());
    assertThat(hit).containsAll(rules);
  }
}
