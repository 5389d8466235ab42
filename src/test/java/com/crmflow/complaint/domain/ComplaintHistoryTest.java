package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The way of a complaint's contact in the communication log comes from the journal note's fixed beginning only. */
class ComplaintHistoryTest {

  @Test
  void theWayIsReadFromTheNotesBeginningNeverFromTheFreeText() {
    assertThat(ComplaintHistory.way("INITIAL_RESPONSE", "（电话）已致电客户说明处理安排")).isEqualTo("电话");
    assertThat(ComplaintHistory.way("RESULT_FED_BACK", "（上门拜访）当面反馈")).isEqualTo("上门拜访");
    assertThat(ComplaintHistory.way("SURVEY", "满意度调查（questionnaire）评分 4")).isEqualTo("书面问卷");
    // a label inside the text, an unknown way, no note: none
    assertThat(ComplaintHistory.way("RESULT_FED_BACK", "客户要求（电话）回复")).isNull();
    assertThat(ComplaintHistory.way("SURVEY", "满意度调查（微信）评分 4")).isNull();
    assertThat(ComplaintHistory.way("PLAN_AGREED", null)).isNull();
  }
}
