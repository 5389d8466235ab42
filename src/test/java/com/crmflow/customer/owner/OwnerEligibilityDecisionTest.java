package com.crmflow.customer.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/owner-eligibility.dmn (003 §3.3, 001 §3(2)): the groups that may own each grade and its duties. */
@Verifies({"P3.4", "P3.6"})
class OwnerEligibilityDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/owner-eligibility.dmn"))) {
      decision = dmn.parseDecision(OwnerEligibility.DECISION_KEY, in);
    }
  }

  static DmnDecisionResultEntries row(String grade) {
    return dmn.evaluateDecision(decision, Variables.createVariables().putValue("grade", grade)).getSingleResult();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
      "A; senior-management,am-senior; 高层管理团队成员或资深客户经理; 定期与客户高层沟通",
      "B; am-core; 骨干员工; 邀请客户参加公司组织的活动",
      "C; am-regular; 普通业务人员; 保持与客户的定期沟通",
      "D; am-development; 新入职员工或市场开发人员; 适时调整跟进策略"})
  void eachGradeNamesItsOwnersAndDuties(String grade, String groups, String responsibility, String duty) {
    DmnDecisionResultEntries row = row(grade);
    assertThat((String) row.getEntry("eligibleGroups")).isEqualTo(groups);
    assertThat((String) row.getEntry("responsibility")).contains(responsibility);
    assertThat((String) row.getEntry("maintenanceDuties")).contains(duty);
  }

  @Test
  void anUnknownGradeHasNoOwnerRule() {
    assertThat(row("E")).isNull();
    assertThat(row(null)).isNull();
  }
}
