package com.crmflow.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.agreement.domain.LegalReview.Review;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import org.junit.jupiter.api.Test;

class LegalReviewTest {

  final AgreementFixture f = new AgreementFixture();
  final LegalReview review = new LegalReview(f.agreements);

  @Test
  @Verifies("P6.2")
  void legalApprovesTheDraftForSigning() {
    Agreement a = f.agreement(5L, Agreement.DRAFT, "lina");
    assertThat(review.review(5L, new Review("approve", null), "xuhui")).isTrue();
    assertThat(a.getStatus()).isEqualTo(Agreement.APPROVED);
    assertThat(a.getReviewRound()).isEqualTo(1);
    assertThat(a.getReviewedBy()).isEqualTo("xuhui");
    assertThat(a.getReviewedAt()).isEqualTo(f.clock.instant());
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("APPROVED");
  }

  @Test
  @Verifies("P6.2")
  void aChangeRequestNeedsItsCommentAndSendsTheDraftBackToTheDrafter() {
    Agreement a = f.agreement(5L, Agreement.DRAFT, "lina");
    assertThatThrownBy(() -> review.review(5L, new Review("changes", "  "), "xuhui"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("必须填写审核意见");
    assertThat(a.getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(review.review(5L, new Review("changes", "违约责任条款不符合民法典第 585 条"), "xuhui")).isFalse();
    assertThat(a.getStatus()).isEqualTo(Agreement.CHANGES_REQUESTED);
    assertThat(a.getReviewComment()).contains("第 585 条");
    assertThat(f.journal.get(0).getNote()).contains("第 1 轮法务审核：要求修改");
  }

  @Test
  @Verifies("P6.2")
  void aReviewerCannotReviewAnAgreementTheyDrafted() {
    Agreement a = f.agreement(5L, Agreement.DRAFT, "xuhui");
    assertThatThrownBy(() -> review.review(5L, new Review("approve", null), "xuhui"))
        .hasMessageContaining("由您起草，不能由您审核");
    assertThat(a.getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(a.getReviewRound()).isZero();
  }

  @Test
  void onlyADraftIsReviewedAndOnlyWithAKnownDecision() {
    f.agreement(5L, Agreement.CHANGES_REQUESTED, "lina");
    assertThatThrownBy(() -> review.review(5L, new Review("approve", null), "xuhui"))
        .hasMessageContaining("只能在「待法务审核」时办理");
    f.agreement(6L, Agreement.DRAFT, "lina");
    assertThatThrownBy(() -> review.review(6L, new Review("maybe", null), "xuhui"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("审核结论");
    assertThatThrownBy(() -> review.review(6L, new Review("approve", null), null)).hasMessageContaining("未登录");
  }
}
