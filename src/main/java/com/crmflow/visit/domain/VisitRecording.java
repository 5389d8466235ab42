package com.crmflow.visit.domain;

import static com.crmflow.visit.domain.VisitCodes.STATUSES;
import static com.crmflow.visit.domain.VisitCodes.WAYS;
import static com.crmflow.visit.domain.VisitCodes.complaintChannel;
import static com.crmflow.visit.domain.VisitCodes.complaintContactPreference;
import static com.crmflow.visit.domain.VisitCodes.label;
import static com.crmflow.visit.domain.Visits.now;
import static com.crmflow.visit.domain.Visits.trim;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintCodes;
import com.crmflow.complaint.domain.ComplaintIntake;
import com.crmflow.complaint.domain.ComplaintIntake.ComplaintInput;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.visit.domain.VisitInput.IssueInput;
import com.crmflow.visit.domain.VisitSettings.Department;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访记录 (SPEC P4.2, P4.3; 001 §5(1).2–3): the owner records the visit, each issue becomes an improvement item of
 * its department, and a complaint raised in the visit is registered for complaint handling.
 */
@Service
@Transactional
public class VisitRecording {

  static final int MAX_TEXT = 4000;
  static final int MAX_ISSUES = 20;

  private final Visits visits;
  private final VisitRepository repository;
  private final VisitImprovementRepository improvements;
  private final VisitSettings settings;
  private final WorkingCalendar calendar;
  private final Complaints complaints;
  private final ComplaintIntake complaintIntake;

  public VisitRecording(Visits visits, VisitRepository repository, VisitImprovementRepository improvements,
      VisitSettings settings, WorkingCalendar calendar, Complaints complaints,
      ComplaintIntake complaintIntake) {
    this.visits = visits;
    this.repository = repository;
    this.improvements = improvements;
    this.settings = settings;
    this.calendar = calendar;
    this.complaints = complaints;
    this.complaintIntake = complaintIntake;
  }

  /**
   * Records the visit: the way, project progress, satisfaction, changed needs, opinions, each issue as an OPEN
   * improvement item of its department and a complaint raised. The visit is DONE and the customer's cycle is
   * closed (the next one is planned by the process right after).
   */
  public List<VisitImprovement> record(Long visitId, VisitInput in, String user) {
    Inputs.valid(in);
    Visit v = visits.get(visitId);
    if (!Visit.DUE.equals(v.getStatus())) {
      throw new BusinessRuleException("回访 " + v.getVisitNumber() + " 当前不可记录（" + label(STATUSES, v.getStatus()) + "）");
    }
    if (in.visitDate().isAfter(visits.today())) {
      throw new InvalidFieldException("visitDate", "回访日期不能晚于今天：" + in.visitDate());
    }
    if (in.visitDate().isBefore(v.getCycleFrom())) {
      throw new InvalidFieldException("visitDate", "回访日期早于本回访周期的开始日期 " + v.getCycleFrom());
    }
    List<IssueInput> issues = in.issues();
    if (in.issuesRaised() && issues.isEmpty()) {
      throw new InvalidFieldException("issues", "已勾选「客户提出问题」，请至少填写一项问题及责任部门");
    }
    List<Department> departments = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      departments.add(settings.requireDepartment("issues[" + i + "].department", issues.get(i).department()));
    }
    if (in.complaintRaised()) {
      if (in.complaintContent() == null || in.complaintContent().isBlank()) {
        throw new InvalidFieldException("complaintContent", "必须填写投诉内容");
      }
      code("complaintCategory", in.complaintCategory(), ComplaintCodes.CATEGORIES, "投诉类别");
      code("complaintSeverity", in.complaintSeverity(), ComplaintCodes.SEVERITIES, "严重程度");
    }
    Instant done = now();
    v.setStatus(Visit.DONE);
    v.setOpenCustomerId(null);
    v.setDoneAt(done);
    v.setVisitedBy(user);
    v.setVisitDate(in.visitDate());
    v.setWay(in.way());
    v.setProjectProgress(in.projectProgress().trim());
    v.setSatisfaction(in.satisfaction().intValue());
    v.setChangedNeeds(trim(in.changedNeeds()));
    v.setOpinions(trim(in.opinions()));
    v.setComplaintRaised(in.complaintRaised());
    if (in.complaintRaised()) {
      v.setComplaintContent(in.complaintContent().trim());
      v.setComplaintCategory(in.complaintCategory());
      v.setComplaintSeverity(in.complaintSeverity());
    }
    repository.flush();
    List<VisitImprovement> created = new ArrayList<>();
    Instant due = calendar.plusWorkingDays(done.atZone(calendar.zone()), settings.improvementDueWorkingDays())
        .toInstant();
    for (int i = 0; i < issues.size(); i++) {
      VisitImprovement item = new VisitImprovement();
      item.setVisitId(v.getId());
      item.setCustomerId(v.getCustomerId());
      item.setDepartment(departments.get(i).name());
      item.setCandidateGroup(departments.get(i).group());
      item.setIssue(issues.get(i).issue().trim());
      item.setStatus(VisitImprovement.OPEN);
      item.setDueAt(due);
      item.setCreatedAt(done);
      created.add(improvements.save(item));
    }
    visits.journal(v, "DONE", "经" + label(WAYS, v.getWay()) + "回访（" + v.getVisitDate() + "），满意度 "
        + v.getSatisfaction() + "/5" + (created.isEmpty() ? "" : "，提出问题 " + created.size() + " 项")
        + (v.isComplaintRaised() ? "，客户提出投诉" : "") + (v.getOverdueLevel() > 0 ? "（逾期完成）" : ""), user);
    return created;
  }

  /** The complaint the customer raised in the visit, registered for complaint handling (P4.3 → P2). */
  public Complaint registerComplaint(Long visitId) {
    Visit v = visits.get(visitId);
    if (!v.isComplaintRaised()) {
      throw new BusinessRuleException("回访 " + v.getVisitNumber() + " 中客户未提出投诉");
    }
    if (v.getComplaintId() != null) {
      return complaints.get(v.getComplaintId());
    }
    ComplaintInput input = new ComplaintInput(v.getCustomerId(), complaintChannel(v.getWay()), v.getComplaintContent(),
        v.getComplaintCategory(), v.getComplaintSeverity(), complaintContactPreference(v.getWay()), null, null, null,
        List.of());
    Complaint c = complaintIntake.register(input, v.getVisitedBy(), null, null);
    v.setComplaintId(c.getId());
    visits.journal(v, "COMPLAINT", "客户在回访中提出投诉，已登记为 " + c.getComplaintNumber() + " 并转投诉处理流程",
        v.getVisitedBy());
    return c;
  }

  /** The complaint's codes belong to the complaint feature (its forms offer them); required once a complaint is raised. */
  private static void code(String field, String value, Map<String, String> codes, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "必须选择" + name);
    }
    if (!codes.containsKey(value)) {
      throw new InvalidFieldException(field, name + "「" + value + "」不在可选范围内（" + String.join("、", codes.keySet()) + "）");
    }
  }
}
