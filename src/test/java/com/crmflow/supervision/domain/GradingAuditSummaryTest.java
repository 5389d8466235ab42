package com.crmflow.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grading audit's task header fits Camunda's String variable on PostgreSQL (4000 characters), however long. */
class GradingAuditSummaryTest {

  @Test
  void aSummaryWithinTheLimitIsKeptAsItIs() {
    String text = "审计".repeat(1000);
    assertThat(GradingAudits.fitForTask(text, 7L)).isEqualTo(text);
  }

  @Test
  void aLongerSummaryIsCutToTheLimitAndSaysWhereTheWholeReportIs() {
    String fitted = GradingAudits.fitForTask("规则".repeat(5000), 7L);
    assertThat(fitted).hasSize(GradingAudits.TASK_TEXT_LIMIT).startsWith("规则规则")
        .endsWith("完整审计报告见 GET /api/grading-audits/7）\n");
  }
}
