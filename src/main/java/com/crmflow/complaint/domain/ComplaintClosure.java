package com.crmflow.complaint.domain;

import static com.crmflow.complaint.domain.ComplaintCodes.CONTACT_PREFERENCES;
import static com.crmflow.complaint.domain.ComplaintCodes.label;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the result to the closed case (SPEC P2.7–P2.9; 001 §5(3).5–6, 004 §5.3): 结果反馈 within the feedback
 * deadline, 客户评价 (not satisfied: one level up and back to investigation), 纠正预防措施, 复发检查 (a recurrence
 * reopens the case), 结案, then 满意度调查; and 督办 of an overdue deadline by cs-manager or senior management.
 */
@Service
@Transactional
public class ComplaintClosure {

  /** 结果反馈 to the customer. */
  public record Feedback(
      @Label("反馈方式") @NotBlank @OneOf({"phone", "email", "sms", "visit"}) String feedbackWay,
      @Label("处理结果说明") @NotBlank @Size(max = 4000) String resultSummary) {}

  /** 客户评价 of the result. */
  public record Verdict(
      boolean customerSatisfied,
      @Label("满意度评分") @NotNull @Min(1) @Max(5) Long satisfactionScore,
      @Label("客户评价") @Size(max = 4000) String customerComment) {}

  /** 纠正预防措施 with owner and due date (today or later). */
  public record CorrectiveAction(
      @Label("纠正措施") @NotBlank @Size(max = 4000) String correctiveAction,
      @Label("预防措施") @NotBlank @Size(max = 4000) String preventiveAction,
      @Label("措施责任人") @NotBlank @Size(max = 100) String actionOwner,
      @Label("完成期限") @NotNull LocalDate actionDueDate) {}

  /** 复发检查 after the follow-up delay. */
  public record RecurrenceCheck(
      boolean recurred,
      @Label("跟踪检查情况") @NotBlank @Size(max = 4000) String followUpNote) {}

  /** 满意度调查 after closing. */
  public record Survey(
      @Label("调查方式") @NotBlank String surveyWay,
      @Label("满意度评分") @NotNull @Min(1) @Max(5) Long surveyScore,
      @Label("客户意见") @Size(max = 4000) String surveyComment) {}

  /** 督办 of an overdue deadline. */
  public record Supervision(@Label("督办措施") @NotBlank @Size(max = 4000) String superviseMeasures) {}

  private final Complaints complaints;
  private final ComplaintTimeLimits timeLimits;
  private final ComplaintActionRepository actions;

  public ComplaintClosure(Complaints complaints, ComplaintTimeLimits timeLimits, ComplaintActionRepository actions) {
    this.complaints = complaints;
    this.timeLimits = timeLimits;
    this.actions = actions;
  }

  /** 结果反馈: keeps (or misses) the result-feedback deadline. */
  public void feedBack(Long id, Long deadlineId, Feedback in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.inProgress(id);
    timeLimits.completeDeadline(id, deadlineId);
    complaints.journal(c, "RESULT_FED_BACK", "（" + label(CONTACT_PREFERENCES, in.feedbackWay()) + "）"
        + in.resultSummary(), actor);
  }

  /** The customer's verdict; not satisfied → the case escalates one level and goes back to investigation. */
  public int recordVerdict(Long id, Verdict in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.inProgress(id);
    int score = in.satisfactionScore().intValue();
    c.setSatisfied(in.customerSatisfied());
    c.setSatisfactionScore(score);
    if (!in.customerSatisfied()) {
      c.setEscalationLevel(c.getEscalationLevel() + 1);
    }
    complaints.journal(c, in.customerSatisfied() ? "CUSTOMER_SATISFIED" : "CUSTOMER_NOT_SATISFIED", "评分 " + score
        + (in.customerComment() == null ? "" : "：" + in.customerComment())
        + (in.customerSatisfied() ? "" : "；升级至第 " + c.getEscalationLevel() + " 级"), actor);
    return c.getEscalationLevel();
  }

  public void defineAction(Long id, CorrectiveAction in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.inProgress(id);
    if (in.actionDueDate().isBefore(complaints.today())) {
      throw new InvalidFieldException("actionDueDate", "完成期限不能早于今天：" + in.actionDueDate());
    }
    ComplaintAction a = new ComplaintAction();
    a.setComplaintId(id);
    a.setCorrective(in.correctiveAction());
    a.setPreventive(in.preventiveAction());
    a.setOwner(in.actionOwner());
    a.setDueDate(in.actionDueDate());
    a.setCreatedBy(actor);
    a.setCreatedAt(complaints.now());
    actions.save(a);
    complaints.journal(c, "ACTION_DEFINED", "纠正：" + in.correctiveAction() + "\n预防：" + in.preventiveAction()
        + "\n责任人：" + in.actionOwner() + "，期限：" + in.actionDueDate(), actor);
  }

  /** Follow-up check (default 30 days later); a recurrence reopens the complaint. */
  public void checkRecurrence(Long id, RecurrenceCheck in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.inProgress(id);
    List<ComplaintAction> list = actions.findByComplaintIdOrderById(id);
    if (!list.isEmpty()) {
      ComplaintAction a = list.get(list.size() - 1);
      a.setRecurred(in.recurred());
      a.setFollowUpNote(in.followUpNote());
      a.setCheckedAt(complaints.now());
    }
    if (in.recurred()) {
      c.setReopenCount(c.getReopenCount() + 1);
      c.setSatisfied(null);
    }
    complaints.journal(c, in.recurred() ? "RECURRED" : "NOT_RECURRED",
        (in.recurred() ? "问题再次发生，重新调查：" : "未再发生：") + in.followUpNote(), actor);
  }

  /** Closes the complaint (only from 处理中, see {@link ComplaintStatus}); the actor is who completed the last step. */
  public void close(Long id, String actor) {
    Complaint c = complaints.get(id);
    Complaints.move(c, ComplaintStatus.CLOSED);
    c.setClosedAt(complaints.now());
    complaints.journal(c, "CLOSED", "投诉结案", actor);
  }

  /** 满意度调查 of a closed complaint. */
  public void recordSurvey(Long id, Survey in, String actor) {
    Inputs.valid(in);
    Complaint c = complaints.get(id);
    Complaints.requireStatus(c, ComplaintStatus.CLOSED);
    int score = in.surveyScore().intValue();
    c.setSurveyScore(score);
    complaints.journal(c, "SURVEY", "满意度调查（" + in.surveyWay() + "）评分 " + score
        + (in.surveyComment() == null ? "" : "：" + in.surveyComment()), actor);
  }

  /** 督办 by cs-manager (level 1) or senior management (level 2). */
  public void recordSupervision(Long id, int level, Supervision in, String actor) {
    Inputs.valid(in);
    complaints.journal(complaints.get(id), "SUPERVISED", (level == 1 ? "客户服务经理" : "高层管理团队") + "督办："
        + in.superviseMeasures(), actor);
  }
}
