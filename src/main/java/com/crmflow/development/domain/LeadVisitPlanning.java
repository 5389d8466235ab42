package com.crmflow.development.domain;

import static com.crmflow.development.domain.LeadCodes.*;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户拜访 (SPEC P5.2; 001 §2(2)): the visit plan (purpose, date and time, attendees and their roles, content,
 * materials), its confirmation with the customer (not confirmed → a new plan), and the visit record with summary,
 * intention assessment and next step.
 */
@Service
@Transactional
public class LeadVisitPlanning {

  static final int MAX_ATTENDEES = 20;

  /** One attendee of the visit and their role. */
  public record Attendee(
      @Label("姓名") @NotBlank @Size(max = 50) String name,
      @Label("角色和分工") @NotBlank @Size(max = 200) String role) {}

  public record VisitPlanInput(
      @Label("拜访目的") @NotBlank @Size(max = 2000) String visitPurpose,
      @Label("拜访日期") @NotNull LocalDate plannedDate,
      @Label("拜访时间") @Size(max = 20) String plannedTime,
      @Label("参与人员及分工") @NotEmpty @Size(max = MAX_ATTENDEES) List<@NotNull @Valid Attendee> attendees,
      @Label("拜访内容") @NotBlank @Size(max = 4000) String visitContent,
      @Label("准备的资料") @Size(max = 2000) String materials) {}

  public record Confirmation(
      boolean visitConfirmed,
      @Label("客户的回复或未确认原因") @Size(max = 2000) String confirmationNote) {}

  public record VisitRecordInput(
      @Label("实际拜访日期") @NotNull LocalDate visitedOn,
      @Label("拜访记录") @NotBlank @Size(max = 4000) String visitRecord,
      @Label("拜访总结") @NotBlank @Size(max = 4000) String visitSummary,
      @Label("客户合作意向") @NotBlank @OneOf({STRONG, SOME, UNCLEAR, NONE}) String intention,
      @Label("下一步行动计划") @NotBlank @Size(max = 2000) String nextStep) {}

  private final Leads leads;

  public LeadVisitPlanning(Leads leads) {
    this.leads = leads;
  }

  /** A new plan for the lead's visit; the date may not be in the past. */
  public LeadVisit plan(Long leadId, VisitPlanInput in, String actor) {
    Inputs.valid(in);
    Lead lead = leads.open(leadId);
    if (in.plannedDate().isBefore(leads.today())) {
      throw new InvalidFieldException("plannedDate", "拜访日期不能早于今天：" + in.plannedDate());
    }
    Instant now = leads.now();
    LeadVisit v = new LeadVisit();
    v.setLeadId(lead.getId());
    v.setPurpose(in.visitPurpose().trim());
    v.setPlannedDate(in.plannedDate());
    v.setPlannedTime(Leads.trim(in.plannedTime()));
    v.setAttendees(in.attendees().stream().map(a -> a.name().trim() + "：" + a.role().trim())
        .collect(Collectors.joining("\n")));
    v.setContent(in.visitContent().trim());
    v.setMaterials(Leads.trim(in.materials()));
    v.setPlannedBy(actor);
    v.setPlannedAt(now);
    v.setStatus(LeadVisit.PLANNED);
    lead.setStatus(Lead.VISIT_PLANNED);
    return leads.saveVisit(v);
  }

  /**
   * The customer's answer to the plan (a contact with the customer): confirmed, or not — then the reason is
   * required and the visit is planned again. Returns whether it was confirmed.
   */
  public boolean confirm(Long leadId, Confirmation in, String actor) {
    Inputs.valid(in);
    Lead lead = leads.open(leadId);
    LeadVisit v = planned(lead, LeadVisit.PLANNED, "待确认的拜访计划");
    String note = Leads.trim(in.confirmationNote());
    if (!in.visitConfirmed() && note == null) {
      throw new InvalidFieldException("confirmationNote", "客户未确认拜访安排时，请写明原因");
    }
    Instant now = leads.now();
    v.setStatus(in.visitConfirmed() ? LeadVisit.CONFIRMED : LeadVisit.NOT_CONFIRMED);
    v.setConfirmationNote(note);
    v.setConfirmedAt(now);
    lead.setStatus(in.visitConfirmed() ? Lead.VISIT_CONFIRMED : Lead.CAPTURED);
    lead.setLastContactAt(now);
    return in.visitConfirmed();
  }

  /** The visit made: record, summary, intention assessment and next step, on the lead as well. */
  public LeadVisit record(Long leadId, VisitRecordInput in, String actor) {
    Inputs.valid(in);
    Lead lead = leads.open(leadId);
    LeadVisit v = planned(lead, LeadVisit.CONFIRMED, "已确认的拜访计划");
    if (in.visitedOn().isAfter(leads.today())) {
      throw new InvalidFieldException("visitedOn", "拜访日期不能晚于今天：" + in.visitedOn());
    }
    Instant now = leads.now();
    v.setVisitedOn(in.visitedOn());
    v.setRecord(in.visitRecord().trim());
    v.setSummary(in.visitSummary().trim());
    v.setIntention(in.intention());
    v.setNextStep(in.nextStep().trim());
    v.setRecordedBy(actor);
    v.setRecordedAt(now);
    v.setStatus(LeadVisit.DONE);
    lead.setIntention(in.intention());
    lead.setNextStep(v.getNextStep());
    lead.setStatus(Lead.VISITED);
    lead.setLastContactAt(now);
    return v;
  }

  private LeadVisit planned(Lead lead, String status, String what) {
    LeadVisit v = leads.latestVisit(lead.getId()).orElse(null);
    if (v == null || !status.equals(v.getStatus())) {
      throw new BusinessRuleException("线索 " + lead.getLeadNumber() + " 没有" + what);
    }
    return v;
  }
}
