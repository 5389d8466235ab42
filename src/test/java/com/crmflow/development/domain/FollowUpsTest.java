package com.crmflow.development.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.development.domain.FollowUps.FollowUpInput;
import com.crmflow.development.domain.FollowUps.Supervision;
import com.crmflow.testsupport.Verifies;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

  final LeadFixture f = new LeadFixture();
  final FollowUps followUps = new FollowUps(f.leads, f.settings);

  static FollowUpInput input(String next, String nextDate) {
    return new FollowUpInput("email", LocalDate.parse("2026-11-30"), "发送报价", "需内部审批", "解答付款方式", next,
        nextDate == null ? null : LocalDate.parse(nextDate));
  }

  @Test
  @Verifies("P5.3")
  void eachFollowUpIsRecordedAndCountsAsContact() {
    Lead l = f.lead(1L, Lead.VISITED);
    assertThat(followUps.record(1L, input("continue", "2026-12-08"), "xiexin")).isTrue();
    LeadFollowUp r = f.followUps.get(0);
    assertThat(r.getWay()).isEqualTo("email");
    assertThat(r.getFeedback()).isEqualTo("需内部审批");
    assertThat(r.getProblemsSolved()).isEqualTo("解答付款方式");
    assertThat(r.getNextFollowUpDate()).hasToString("2026-12-08");
    assertThat(r.getRecordedBy()).isEqualTo("xiexin");
    assertThat(l.getStatus()).isEqualTo(Lead.FOLLOWING_UP);
    assertThat(l.getLastContactAt()).isEqualTo(LeadFixture.NOW);
    assertThat(followUps.record(1L, input("conclude", "2026-12-08"), "xiexin")).isFalse();
    assertThat(l.getNextFollowUpDate()).as("no next date when concluding").isNull();
  }

  @Test
  void continuingNeedsANextDateNotInThePastAndTheContactIsNotInTheFuture() {
    f.lead(1L, Lead.VISITED);
    assertThatThrownBy(() -> followUps.record(1L, input("continue", null), "xiexin"))
        .hasMessageContaining("nextFollowUpDate");
    assertThatThrownBy(() -> followUps.record(1L, input("continue", "2026-11-20"), "xiexin"))
        .hasMessageContaining("不能早于今天");
    assertThatThrownBy(() -> followUps.record(1L, new FollowUpInput("phone", LocalDate.parse("2026-12-02"), "内容",
        "反馈", null, "conclude", null), "xiexin")).hasMessageContaining("contactedOn");
    assertThatThrownBy(() -> followUps.record(1L, new FollowUpInput("fax", LocalDate.parse("2026-12-01"), "内容",
        "反馈", null, "conclude", null), "xiexin")).hasMessageContaining("followUpWay");
  }

  @Test
  @Verifies("P5.3")
  void noContactForTheConfiguredTimeEscalatesAndCrmDeptRecordsItsMeasures() {
    Lead l = f.lead(1L, Lead.FOLLOWING_UP);
    assertThat(followUps.escalationAt(1L).toInstant()).isEqualTo(l.getLastContactAt().plus(Duration.ofDays(30)));
    followUps.recordEscalation(1L);
    assertThat(l.getEscalatedAt()).isEqualTo(LeadFixture.NOW);
    assertThatThrownBy(() -> followUps.recordSupervision(1L, new Supervision(" "), "wuxia"))
        .hasMessageContaining("superviseMeasures");
    followUps.recordSupervision(1L, new Supervision("约谈跟进人"), "wuxia");
    assertThat(l.getSupervisedBy()).isEqualTo("wuxia");
    assertThat(l.getSuperviseMeasures()).isEqualTo("约谈跟进人");
  }
}
