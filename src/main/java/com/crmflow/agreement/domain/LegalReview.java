package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 法务审核 (SPEC P6.2; 001 §7(1).2): legal reviews the legality and compliance of the terms and approves them or asks
 * for changes (with its comments); the drafter revises and legal reviews again. Nobody reviews an agreement they
 * drafted.
 */
@Service
@Transactional
public class LegalReview {

  public static final String APPROVE = "approve";
  public static final String CHANGES = "changes";
  public static final int MAX_COMMENT = 4000;

  /** The reviewer's decision; the comment is required when changes are requested. */
  public record Review(
      @Label("审核结论") @NotBlank @OneOf({APPROVE, CHANGES}) String decision,
      @Label("审核意见") @Size(max = MAX_COMMENT) String reviewComment) {}

  private final Agreements agreements;

  public LegalReview(Agreements agreements) {
    this.agreements = agreements;
  }

  /** Records the review; true when the agreement is approved (then it is to be signed). */
  public boolean review(Long agreementId, Review review, String actor) {
    Inputs.valid(review);
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.DRAFT, "法务审核");
    if (actor == null) {
      throw new BusinessRuleException("审核人未登录，不能审核合作协议");
    }
    if (actor.equals(a.getDraftedBy())) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 由您起草，不能由您审核，请由其他法务人员审核");
    }
    boolean approved = APPROVE.equals(review.decision());
    String comment = trim(review.reviewComment());
    if (!approved && comment == null) {
      throw new InvalidFieldException("reviewComment", "要求修改时必须填写审核意见");
    }
    a.setReviewRound(a.getReviewRound() + 1);
    a.setReviewedBy(actor);
    a.setReviewedAt(agreements.now());
    a.setReviewComment(comment);
    a.setStatus(approved ? Agreement.APPROVED : Agreement.CHANGES_REQUESTED);
    agreements.journal(a, approved ? "APPROVED" : "CHANGES_REQUESTED", "第 " + a.getReviewRound() + " 轮法务审核："
        + (approved ? "条款合法合规，审核通过" : "要求修改") + (comment == null ? "" : "。意见：" + comment), actor);
    return approved;
  }
}
