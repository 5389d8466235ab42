package com.crmflow.development.domain;

import static com.crmflow.development.domain.LeadCodes.*;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 开发结果 (SPEC P5.4): the lead converts (it becomes a cooperation: the process then asks the agreement feature for
 * the customer's draft, P6.1), is nurtured further (back to follow-ups) or is closed with a reason. Conversion and closing are
 * written to the audit log.
 */
@Service
@Transactional
public class LeadOutcome {

  public static final String ENTITY = "lead";

  public record OutcomeInput(
      @Label("开发结果") @NotBlank @OneOf({CONVERT, NURTURE, CLOSE}) String outcome,
      @Label("说明") @Size(max = 2000) String outcomeReason) {}

  private final Leads leads;
  private final AuditLog audit;

  public LeadOutcome(Leads leads, AuditLog audit) {
    this.leads = leads;
    this.audit = audit;
  }

  /** The decision; returns the outcome code. */
  public String decide(Long leadId, OutcomeInput in, String actor) {
    Inputs.valid(in);
    Lead lead = leads.open(leadId);
    String reason = Leads.trim(in.outcomeReason());
    if (CLOSE.equals(in.outcome()) && reason == null) {
      throw new InvalidFieldException("outcomeReason", "关闭线索时请写明原因");
    }
    if (NURTURE.equals(in.outcome())) {
      lead.setStatus(Lead.FOLLOWING_UP);
      return NURTURE;
    }
    lead.setStatus(CONVERT.equals(in.outcome()) ? Lead.CONVERTED : Lead.CLOSED);
    lead.setOutcome(in.outcome());
    lead.setOutcomeReason(reason);
    lead.setDecidedBy(actor);
    lead.setDecidedAt(leads.now());
    audit.record(actor, AuditLog.UPDATE, ENTITY, lead.getId(), "线索 " + lead.getLeadNumber() + " "
        + label(OUTCOMES, in.outcome()) + "（客户 " + lead.getCustomerId() + "）" + (reason == null ? "" : "：" + reason));
    return in.outcome();
  }
}
