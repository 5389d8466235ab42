package com.crmflow.complaint.domain;

import static com.crmflow.complaint.domain.ComplaintCodes.CATEGORIES;
import static com.crmflow.complaint.domain.ComplaintCodes.CAUSES;
import static com.crmflow.complaint.domain.ComplaintCodes.CONTACT_PREFERENCES;
import static com.crmflow.complaint.domain.ComplaintCodes.SEVERITIES;
import static com.crmflow.complaint.domain.ComplaintCodes.label;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling a complaint up to the end of its execution (SPEC P2.2–P2.6; 001 §5(3).2–4, 004 §4.4): 初步评估 (which
 * makes it 处理中), 初步回复 within the initial-response deadline, 调查 with cause and responsibility, 内部会议,
 * 处理方案, 与客户协商 and 执行进度. Each step but the assessment needs the complaint 处理中.
 */
@Service
@Transactional
public class ComplaintHandling {

  /** 初步评估: category and severity (the severity may be corrected) and the assessor's note. */
  public record Assessment(
      @Label("投诉类别") @NotBlank @OneOf({"product-quality", "service-attitude", "delivery", "billing",
          "project-execution", "other"}) String category,
      @Label("严重程度") @NotBlank @OneOf({"low", "medium", "high"}) String severity,
      @Label("评估意见") @NotBlank @Size(max = 4000) String assessmentNote) {}

  /** 初步回复 to the customer. */
  public record InitialResponse(
      @Label("响应方式") @NotBlank @OneOf({"phone", "email", "sms", "visit"}) String responseWay,
      @Label("响应内容") @NotBlank @Size(max = 4000) String responseContent) {}

  /** 调查: what happened, the cause and who is responsible. */
  public record Investigation(
      @Label("调查经过与细节") @NotBlank @Size(max = 4000) String investigationDetails,
      @Label("证据材料") @Size(max = 4000) String evidence,
      @Label("投诉原因") @NotBlank @OneOf({"product-defect", "service-process", "staff-attitude", "communication",
          "delivery-delay", "billing-error", "customer-misunderstanding", "other"}) String cause,
      @Label("原因分析") @NotBlank @Size(max = 4000) String causeDetail,
      @Label("责任部门") @NotBlank @Size(max = 100) String responsibleDepartment,
      @Label("责任人") @Size(max = 100) String responsiblePerson) {}

  /** 内部会议. */
  public record Meeting(
      @Label("参会人员") @NotBlank @Size(max = 200) String meetingParticipants,
      @Label("会议纪要") @NotBlank @Size(max = 4000) String meetingMinutes) {}

  /** 处理方案. */
  public record Resolution(
      @Label("解决方案") @NotBlank @Size(max = 4000) String resolutionPlan,
      @Label("补偿措施") @Size(max = 4000) String compensation) {}

  /** 与客户协商: whether the customer agrees; without agreement the customer's view is required. */
  public record Negotiation(
      boolean customerAgrees,
      @Label("客户意见") @Size(max = 4000) String customerRequest) {}

  /** 执行进度: what was done, whether the customer was told, whether handling is complete. */
  public record Progress(
      @Label("本次进展") @NotBlank @Size(max = 4000) String progressNote,
      boolean customerInformed,
      boolean handlingCompleted) {}

  private final Complaints complaints;
  private final ComplaintTimeLimits timeLimits;

  public ComplaintHandling(Complaints complaints, ComplaintTimeLimits timeLimits) {
    this.complaints = complaints;
    this.timeLimits = timeLimits;
  }

  /** 初步评估: 已受理 → 处理中. */
  public void assess(Long id, Assessment in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.get(id);
    Complaints.move(c, ComplaintStatus.IN_PROGRESS);
    c.setCategory(in.category());
    c.setSeverity(in.severity());
    c.setAssessmentNote(in.assessmentNote());
    complaints.journal(c, "ASSESSED", "类别：" + label(CATEGORIES, in.category()) + "；严重程度："
        + label(SEVERITIES, in.severity()) + "；" + in.assessmentNote(), actor);
  }

  /** 初步回复: keeps (or misses) the initial-response deadline. */
  public void respondInitially(Long id, Long deadlineId, InitialResponse in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.inProgress(id);
    timeLimits.completeDeadline(id, deadlineId);
    complaints.journal(c, "INITIAL_RESPONSE", "（" + label(CONTACT_PREFERENCES, in.responseWay()) + "）"
        + in.responseContent(), actor);
  }

  public void investigate(Long id, Investigation in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.inProgress(id);
    c.setCause(in.cause());
    c.setCauseDetail(in.causeDetail());
    c.setResponsibleDepartment(in.responsibleDepartment());
    c.setResponsiblePerson(in.responsiblePerson());
    complaints.journal(c, "INVESTIGATED", in.investigationDetails()
        + (in.evidence() == null ? "" : "\n证据：" + in.evidence()) + "\n原因：" + label(CAUSES, in.cause()) + "，"
        + in.causeDetail() + "\n责任：" + in.responsibleDepartment()
        + (in.responsiblePerson() == null ? "" : " " + in.responsiblePerson()), actor);
  }

  public void recordMeeting(Long id, Meeting in, String actor) {
    Inputs.valid(in);
    complaints.journal(complaints.inProgress(id), "MEETING", "参会：" + in.meetingParticipants() + "\n"
        + in.meetingMinutes(), actor);
  }

  public void draftResolution(Long id, Resolution in, String actor) {
    Inputs.valid(in);
    complaints.journal(complaints.inProgress(id), "RESOLUTION_PLANNED", in.resolutionPlan()
        + (in.compensation() == null ? "" : "\n补偿：" + in.compensation()), actor);
  }

  public void recordNegotiation(Long id, Negotiation in, String actor) {
    Inputs.valid(in);
    if (!in.customerAgrees() && Complaints.blank(in.customerRequest())) {
      throw new InvalidFieldException("customerRequest", "客户不同意解决方案时，必须记录客户意见");
    }
    complaints.journal(complaints.inProgress(id), in.customerAgrees() ? "PLAN_AGREED" : "PLAN_REJECTED",
        (in.customerAgrees() ? "客户同意解决方案" : "客户不同意解决方案")
            + (in.customerRequest() == null ? "" : "：" + in.customerRequest()), actor);
  }

  public void recordProgress(Long id, Progress in, String actor) {
    Inputs.valid(in);
    complaints.journal(complaints.inProgress(id), in.handlingCompleted() ? "HANDLING_DONE" : "PROGRESS",
        in.progressNote() + (in.customerInformed() ? "（已告知客户）" : "（尚未告知客户）"), actor);
  }
}
