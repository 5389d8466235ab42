package com.crmflow.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.agreement.domain.AgreementTermination.Request;
import com.crmflow.agreement.domain.AgreementTermination.Review;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgreementTerminationTest {

  final AgreementFixture f = new AgreementFixture();
  final AgreementTermination termination = new AgreementTermination(f.agreements);

  static Request request() {
    return new Request("客户经营范围调整，不再入驻园区", LocalDate.parse("2026-12-31"), "按实际入驻天数结算租金，退还保证金");
  }

  @Test
  @Verifies("P6.5")
  void aRequestWithReasonDateAndSettlementIsReviewedByAnotherLawyerAndEndsTheAgreement() {
    Agreement a = f.agreement(5L, Agreement.IN_FORCE, "lina");
    termination.request(5L, request(), "lina");
    assertThat(a.getTerminationRequestedBy()).isEqualTo("lina");
    assertThat(a.getTerminationEffectiveOn()).isEqualTo(LocalDate.parse("2026-12-31"));
    assertThatThrownBy(() -> termination.request(5L, request(), "lina")).hasMessageContaining("已有待审核的终止申请");
    assertThat(termination.review(5L, new Review("approve", null), "xuhui")).isTrue();
    assertThat(a.getStatus()).isEqualTo(Agreement.TERMINATED);
    assertThat(a.getTerminatedBy()).isEqualTo("xuhui");
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("TERMINATION_REQUESTED", "TERMINATED");
  }

  @Test
  @Verifies("P6.5")
  void aRefusalNeedsItsCommentAndTheAgreementStaysInForce() {
    Agreement a = f.agreement(5L, Agreement.IN_FORCE, "xuhui");
    termination.request(5L, request(), "xuhui");
    assertThatThrownBy(() -> termination.review(5L, new Review("approve", null), "xuhui"))
        .hasMessageContaining("不能由您审核");
    assertThatThrownBy(() -> termination.review(5L, new Review("reject", " "), "qianyu"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("必须填写审核意见");
    assertThat(termination.review(5L, new Review("reject", "结算安排未经财务确认"), "qianyu")).isFalse();
    assertThat(a.getStatus()).isEqualTo(Agreement.IN_FORCE);
    assertThat(a.getTerminationRequestedAt()).isNull();
    assertThatThrownBy(() -> termination.review(5L, new Review("approve", null), "qianyu"))
        .hasMessageContaining("没有待审核的终止申请");
  }

  @Test
  void onlyAnAgreementInForceIsTerminatedWithACompleteRequestNotInThePast() {
    f.agreement(5L, Agreement.DRAFT, "lina");
    assertThatThrownBy(() -> termination.request(5L, request(), "lina")).hasMessageContaining("只能在「已生效」时办理");
    f.agreement(6L, Agreement.IN_FORCE, "lina");
    assertThatThrownBy(() -> termination.request(6L, new Request("原因", LocalDate.parse("2026-11-23"), "结算"), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("不能早于今天");
    assertThatThrownBy(() -> termination.request(6L, new Request("原因", LocalDate.parse("2026-12-01"), null), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("结算安排");
    assertThat(f.journal).isEmpty();
  }
}
