package com.crmflow.evaluation.domain;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Senior management's decision on one proposal (SPEC P7.4): approve, adjust or reject; the reason is required for
 * adjust and reject, a rule across the fields that {@link QuarterlyEvaluations#decide} checks.
 */
public record ProposalDecision(
    @Label("建议编号") @NotNull Long proposalId,
    @Label("审定结果") @NotBlank @OneOf({ProposalDecision.APPROVE, ProposalDecision.ADJUST, ProposalDecision.REJECT})
    String decision,
    @Label("审定理由") @Size(max = QuarterlyEvaluations.MAX_REASON) String reason) {

  public static final String APPROVE = "approve";
  public static final String ADJUST = "adjust";
  public static final String REJECT = "reject";
}
