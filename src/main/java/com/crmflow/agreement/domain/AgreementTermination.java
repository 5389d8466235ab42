package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协议终止 (SPEC P6.5; 001 §7(3).2): the drafter or legal asks to end an agreement in force early — reason, the date
 * it ends (notice) and the settlement of what is owed — and legal reviews the request (not the lawyer who asked).
 * Approved: the agreement is TERMINATED; refused: it stays in force.
 */
@Service
@Transactional
public class AgreementTermination {

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";
  public static final int MAX_TEXT = 2000;

  /** The request to terminate. */
  public record Request(
      @Label("终止原因") @NotBlank @Size(max = MAX_TEXT) String reason,
      @Label("终止日期") @NotNull LocalDate effectiveOn,
      @Label("结算安排") @NotBlank @Size(max = MAX_TEXT) String settlement) {}

  /** Legal's decision on the request; the comment is required when it is refused. */
  public record Review(
      @Label("审核结论") @NotBlank @OneOf({APPROVE, REJECT}) String terminationDecision,
      @Label("审核意见") @Size(max = MAX_TEXT) String terminationComment) {}

  private final Agreements agreements;

  public AgreementTermination(Agreements agreements) {
    this.agreements = agreements;
  }

  /** Records the request of an agreement in force; one request at a time. */
  public Agreement request(Long agreementId, Request request, String actor) {
    Inputs.valid(request);
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.IN_FORCE, "申请终止协议");
    if (a.getTerminationRequestedAt() != null) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 已有待审核的终止申请");
    }
    if (request.effectiveOn().isBefore(agreements.today())) {
      throw new InvalidFieldException("effectiveOn", "终止日期（" + request.effectiveOn() + "）不能早于今天");
    }
    a.setTerminationReason(trim(request.reason()));
    a.setTerminationEffectiveOn(request.effectiveOn());
    a.setTerminationSettlement(trim(request.settlement()));
    a.setTerminationRequestedBy(actor);
    a.setTerminationRequestedAt(agreements.now());
    agreements.journal(a, "TERMINATION_REQUESTED", "申请于 " + request.effectiveOn() + " 终止协议。原因："
        + a.getTerminationReason() + "；结算安排：" + a.getTerminationSettlement(), actor);
    return a;
  }

  /** Legal's review of the request; true when the agreement is terminated. */
  public boolean review(Long agreementId, Review review, String actor) {
    Inputs.valid(review);
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.IN_FORCE, "终止审核");
    if (a.getTerminationRequestedAt() == null) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 没有待审核的终止申请");
    }
    if (actor == null || actor.equals(a.getTerminationRequestedBy())) {
      throw new BusinessRuleException("终止申请由您提出，不能由您审核，请由其他法务人员审核");
    }
    String comment = trim(review.terminationComment());
    if (REJECT.equals(review.terminationDecision())) {
      if (comment == null) {
        throw new InvalidFieldException("terminationComment", "不同意终止时必须填写审核意见");
      }
      a.setTerminationRequestedAt(null);
      agreements.journal(a, "TERMINATION_REJECTED", "法务审核不同意终止，协议继续有效。意见：" + comment, actor);
      return false;
    }
    a.setStatus(Agreement.TERMINATED);
    a.setTerminatedBy(actor);
    a.setTerminatedAt(agreements.now());
    agreements.journal(a, "TERMINATED", "法务审核同意终止，协议于 " + a.getTerminationEffectiveOn() + " 终止"
        + (comment == null ? "" : "。意见：" + comment), actor);
    return true;
  }
}
