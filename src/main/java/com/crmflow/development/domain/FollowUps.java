package com.crmflow.development.domain;

import static com.crmflow.development.domain.LeadCodes.*;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户跟进 (SPEC P5.3; 001 §2(3)): the lead's owner follows the customer up by phone, e-mail or visit; each
 * follow-up is recorded with its content, the customer's feedback, the problems solved and the next date. A lead
 * without contact for {@code crm.development.no-contact-escalation} goes to crm-dept (督办客户跟进).
 */
@Service
@Transactional
public class FollowUps {

  public record FollowUpInput(
      @Label("跟进方式") @NotBlank @OneOf({PHONE, EMAIL, VISIT}) String followUpWay,
      @Label("跟进日期") @NotNull LocalDate contactedOn,
      @Label("跟进内容") @NotBlank @Size(max = 4000) String followUpContent,
      @Label("客户反馈") @NotBlank @Size(max = 4000) String customerFeedback,
      @Label("解决的问题") @Size(max = 4000) String problemsSolved,
      @Label("下一步") @NotBlank @OneOf({CONTINUE, CONCLUDE}) String nextAction,
      @Label("下次跟进日期") LocalDate nextFollowUpDate) {}

  public record Supervision(@Label("督办措施") @NotBlank @Size(max = 4000) String superviseMeasures) {}

  private final Leads leads;
  private final DevelopmentSettings settings;

  public FollowUps(Leads leads, DevelopmentSettings settings) {
    this.leads = leads;
    this.settings = settings;
  }

  /** Records one follow-up; true when the owner follows up again, false when the outcome is to be decided. */
  public boolean record(Long leadId, FollowUpInput in, String actor) {
    Inputs.valid(in);
    Lead lead = leads.open(leadId);
    LocalDate today = leads.today();
    if (in.contactedOn().isAfter(today)) {
      throw new InvalidFieldException("contactedOn", "跟进日期不能晚于今天：" + in.contactedOn());
    }
    boolean again = CONTINUE.equals(in.nextAction());
    LocalDate next = again ? in.nextFollowUpDate() : null;
    if (again && next == null) {
      throw new InvalidFieldException("nextFollowUpDate", "继续跟进时请填写下次跟进日期");
    }
    if (next != null && next.isBefore(today)) {
      throw new InvalidFieldException("nextFollowUpDate", "下次跟进日期不能早于今天：" + next);
    }
    Instant now = leads.now();
    LeadFollowUp f = new LeadFollowUp();
    f.setLeadId(lead.getId());
    f.setWay(in.followUpWay());
    f.setContactedOn(in.contactedOn());
    f.setContent(in.followUpContent().trim());
    f.setFeedback(in.customerFeedback().trim());
    f.setProblemsSolved(Leads.trim(in.problemsSolved()));
    f.setNextFollowUpDate(next);
    f.setRecordedBy(actor);
    f.setRecordedAt(now);
    leads.saveFollowUp(f);
    lead.setStatus(Lead.FOLLOWING_UP);
    lead.setLastContactAt(now);
    lead.setNextFollowUpDate(next);
    return again;
  }

  /** When the lead is escalated for want of contact: the last contact + the configured time. */
  public Date escalationAt(Long leadId) {
    return Date.from(leads.get(leadId).getLastContactAt().plus(settings.noContactEscalation()));
  }

  public void recordEscalation(Long leadId) {
    leads.get(leadId).setEscalatedAt(leads.now());
  }

  /** crm-dept's measures after the escalation. */
  public void recordSupervision(Long leadId, Supervision in, String actor) {
    Inputs.valid(in);
    Lead lead = leads.get(leadId);
    lead.setSuperviseMeasures(in.superviseMeasures().trim());
    lead.setSupervisedBy(actor);
    lead.setSupervisedAt(leads.now());
  }
}
