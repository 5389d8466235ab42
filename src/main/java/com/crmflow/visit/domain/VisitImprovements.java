package com.crmflow.visit.domain;

import static com.crmflow.visit.domain.VisitCodes.IMPROVEMENT_OUTCOMES;
import static com.crmflow.visit.domain.VisitCodes.IMPROVEMENT_PLANNED;
import static com.crmflow.visit.domain.VisitCodes.REJECTED;
import static com.crmflow.visit.domain.VisitCodes.RESOLVED;
import static com.crmflow.visit.domain.VisitCodes.label;
import static com.crmflow.visit.domain.Visits.abbreviate;
import static com.crmflow.visit.domain.Visits.now;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 改进跟踪 (SPEC P4.3; 001 §5(1).3): the improvement items raised in a visit, one per issue and responsible
 * department, and each department's answer.
 */
@Service
@Transactional
public class VisitImprovements {

  private final Visits visits;
  private final VisitImprovementRepository improvements;

  public VisitImprovements(Visits visits, VisitImprovementRepository improvements) {
    this.visits = visits;
    this.improvements = improvements;
  }

  /** The department's answer to an issue: resolved, planned for improvement, or rejected with the reason. */
  public record Outcome(
      @Label("处理结果") @NotBlank @OneOf({RESOLVED, IMPROVEMENT_PLANNED, REJECTED}) String improvementOutcome,
      @Label("改进措施与结果") @NotBlank @Size(max = VisitRecording.MAX_TEXT) String improvementResult) {}

  public void complete(Long improvementId, Outcome in, String user) {
    Inputs.valid(in);
    VisitImprovement item = improvement(improvementId);
    if (!VisitImprovement.OPEN.equals(item.getStatus())) {
      throw new BusinessRuleException("改进事项 " + improvementId + " 已处理");
    }
    item.setStatus(in.improvementOutcome());
    item.setResult(in.improvementResult().trim());
    item.setHandledBy(user);
    item.setHandledAt(now());
    visits.journal(visits.get(item.getVisitId()), "IMPROVEMENT", item.getDepartment() + "："
        + label(IMPROVEMENT_OUTCOMES, in.improvementOutcome()) + "（" + abbreviate(item.getIssue(), 60) + "）", user);
  }

  public VisitImprovement improvement(Long improvementId) {
    return improvements.findById(improvementId)
        .orElseThrow(() -> new BusinessRuleException("改进事项不存在：" + improvementId));
  }

  /** An improvement item of the visit bound to this process instance (see {@link Visits#boundTo}). */
  public VisitImprovement boundImprovement(Long improvementId, String processInstanceId) {
    if (improvementId == null) {
      throw new BusinessRuleException("流程缺少改进事项编号（improvementId）");
    }
    VisitImprovement item = improvement(improvementId);
    visits.boundTo(item.getVisitId(), processInstanceId);
    return item;
  }

  public List<Long> improvementIds(Long visitId) {
    return improvementsOf(visitId).stream().map(VisitImprovement::getId).toList();
  }

  public List<VisitImprovement> improvementsOf(Long visitId) {
    return improvements.findByVisitIdOrderById(visitId);
  }
}
