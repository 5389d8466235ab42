package com.crmflow.visit.domain;

import static com.crmflow.visit.domain.VisitCodes.*;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintCodes;
import com.crmflow.complaint.domain.ComplaintIntake;
import com.crmflow.complaint.domain.ComplaintIntake.ComplaintInput;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.project.domain.Projects;
import com.crmflow.visit.domain.VisitSettings.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of return visits (SPEC P4; 001 §5(1), 003 §3.4): when a customer's visit is due (cycle by grade), the
 * visit record, the improvement items for the departments, the complaint raised in a visit, overdue warnings and
 * escalation. Called by the process's delegates and listeners, by {@code VisitScheduler} and the REST API. Every
 * violation is an {@link InvalidFieldException} or {@link BusinessRuleException} with a Chinese message.
 */
@Service
@Transactional
public class VisitService {

  public static final String SYSTEM = "system";
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final int MAX_TEXT = 4000;
  static final int MAX_ISSUES = 20;

  private final VisitRepository visits;
  private final VisitImprovementRepository improvements;
  private final VisitEventRepository events;
  private final CustomerDirectory customers;
  private final Complaints complaints;
  private final ComplaintIntake complaintIntake;
  private final NumberGenerator numbers;
  private final VisitSettings settings;
  private final WorkingCalendar calendar;
  private final Projects projects;

  public VisitService(VisitRepository visits, VisitImprovementRepository improvements, VisitEventRepository events,
      CustomerDirectory customers, Complaints complaints, ComplaintIntake complaintIntake, NumberGenerator numbers,
      VisitSettings settings, WorkingCalendar calendar, Projects projects) {
    this.visits = visits;
    this.improvements = improvements;
    this.events = events;
    this.customers = customers;
    this.complaints = complaints;
    this.complaintIntake = complaintIntake;
    this.numbers = numbers;
    this.settings = settings;
    this.calendar = calendar;
    this.projects = projects;
  }

  /** What the owner records in the visit task (001 §5(1).2–3). */
  public record VisitInput(String way, LocalDate visitDate, String projectProgress, Integer satisfaction,
      String changedNeeds, String opinions, boolean issuesRaised, List<IssueInput> issues, boolean complaintRaised,
      String complaintContent, String complaintCategory, String complaintSeverity) {}

  /** One issue raised in the visit and the department responsible for it. */
  public record IssueInput(String department, String issue) {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in the working calendar's time zone. */
  public LocalDate today() {
    return now().atZone(calendar.zone()).toLocalDate();
  }

  public String shown(Instant instant) {
    return instant == null ? "—" : SHOWN.format(instant.atZone(calendar.zone()));
  }

  // ---------------------------------------------------------------- planning (P4.1)

  /**
   * The date a visit is due: one cycle of the grade after {@code from}, but never before today (a cycle that
   * should already have come round is due now).
   */
  public LocalDate dueDate(LocalDate from, String grade) {
    LocalDate due = from.plus(settings.cycleFor(grade));
    LocalDate today = today();
    return due.isBefore(today) ? today : due;
  }

  /** The date the customer's next cycle counts from: the last visit made, else the day the customer was created. */
  public LocalDate cycleStart(Customer c) {
    return visits.findFirstByCustomerIdAndStatusOrderByDoneAtDesc(c.getId(), Visit.DONE).map(Visit::getVisitDate)
        .orElseGet(() -> c.getCreatedAt() == null ? today() : c.getCreatedAt().atZone(calendar.zone()).toLocalDate());
  }

  public Customer customer(Long customerId) {
    return customers.find(customerId)
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户编号 " + customerId + " 不存在"));
  }

  public Optional<Visit> openVisit(Long customerId) {
    return visits.findByOpenCustomerId(customerId);
  }

  /**
   * Plans the customer's next visit cycle: a PLANNED visit with its number and due date, which also becomes the
   * customer's {@code next_visit_date}. The first cycle of a customer keeps a {@code next_visit_date} set before
   * (e.g. after a grade change without a running cycle). Refused for an inactive customer or one that already
   * has an open cycle (the unique constraint on {@code open_customer_id} also stops racing sweeps).
   */
  public Visit plan(Long customerId, Visit previous, String actor) {
    Customer c = customer(customerId);
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      throw new BusinessRuleException("客户「" + c.getName() + "」不是活跃客户（" + c.getStatus() + "），不安排回访");
    }
    openVisit(customerId).ifPresent(open -> {
      throw new BusinessRuleException("客户「" + c.getName() + "」已有进行中的回访 " + open.getVisitNumber());
    });
    LocalDate from = previous != null ? previous.getVisitDate() : cycleStart(c);
    LocalDate due = dueDate(from, c.getGrade());
    if (previous == null && c.getNextVisitDate() != null) {
      due = c.getNextVisitDate().isBefore(today()) ? today() : c.getNextVisitDate();
    }
    Visit v = new Visit();
    v.setVisitNumber(numbers.next("VIS", 6));
    v.setCustomerId(c.getId());
    v.setOpenCustomerId(c.getId());
    v.setPreviousVisitId(previous == null ? null : previous.getId());
    v.setGrade(c.getGrade());
    v.setVisitCycle(settings.cycleFor(c.getGrade()).toString());
    v.setCycleFrom(from);
    v.setDueDate(due);
    v.setStatus(Visit.PLANNED);
    v.setCreatedAt(now());
    v.setCreatedBy(actor == null ? SYSTEM : actor);
    v.setOverdueLevel(0);
    visits.saveAndFlush(v);
    c.setNextVisitDate(due);
    journal(v, "PLANNED", "按" + grade(c.getGrade()) + "回访周期（" + VisitSettings.describe(settings.cycleFor(c.getGrade()))
        + "）自 " + from + " 起计，计划于 " + due + " 回访", actor);
    return v;
  }

  /** Binds the visit to the process instance of its cycle, once; a visit of another instance is refused. */
  public void attachProcess(Long visitId, String processInstanceId) {
    Visit v = get(visitId);
    if (v.getProcessInstanceId() != null && !v.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("回访 " + v.getVisitNumber() + " 已由另一个流程实例办理");
    }
    v.setProcessInstanceId(processInstanceId);
  }

  /**
   * The visit a process step works on, checked against the step's process instance: a visit bound to another
   * instance (or to none) is refused, whatever id the process variables hold.
   */
  public Visit boundTo(Long visitId, String processInstanceId) {
    if (visitId == null) {
      throw new BusinessRuleException("流程缺少回访编号（visitId）");
    }
    Visit v = get(visitId);
    if (!isBoundTo(v, processInstanceId)) {
      throw new BusinessRuleException("回访 " + v.getVisitNumber()
          + (v.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例不能修改它");
    }
    return v;
  }

  public static boolean isBoundTo(Visit v, String processInstanceId) {
    return v.getProcessInstanceId() != null && v.getProcessInstanceId().equals(processInstanceId);
  }

  /** An improvement item of the visit bound to this process instance (see {@link #boundTo}). */
  public VisitImprovement boundImprovement(Long improvementId, String processInstanceId) {
    if (improvementId == null) {
      throw new BusinessRuleException("流程缺少改进事项编号（improvementId）");
    }
    VisitImprovement item = improvement(improvementId);
    boundTo(item.getVisitId(), processInstanceId);
    return item;
  }

  /**
   * A grade change moves the due date of a PLANNED visit to one cycle of the new grade after the cycle's start
   * (not before today). Returns the visit when its date moved (its timer must follow), else empty: no open
   * cycle (then only the customer's next visit date is recomputed), the visit is already DUE (it stays; the next
   * cycle follows the new grade), or the date does not change.
   */
  public Optional<Visit> reschedule(Long customerId, String oldGrade, String newGrade, String actor) {
    Customer c = customer(customerId);
    String change = "客户等级 " + (oldGrade == null ? "未分级" : oldGrade) + " → " + (newGrade == null ? "未分级" : newGrade);
    Optional<Visit> open = openVisit(customerId);
    if (open.isEmpty()) {
      if (Customer.STATUS_ACTIVE.equals(c.getStatus())) {
        c.setNextVisitDate(dueDate(cycleStart(c), newGrade));
      }
      return Optional.empty();
    }
    Visit v = open.get();
    if (!Visit.PLANNED.equals(v.getStatus())) {
      journal(v, "GRADE_CHANGED", change + "；本次回访已到期，下一周期按新等级安排", actor);
      return Optional.empty();
    }
    LocalDate before = v.getDueDate();
    LocalDate after = dueDate(v.getCycleFrom(), newGrade);
    v.setGrade(newGrade);
    v.setVisitCycle(settings.cycleFor(newGrade).toString());
    if (after.equals(before)) {
      journal(v, "GRADE_CHANGED", change + "；回访日期仍为 " + before, actor);
      return Optional.empty();
    }
    v.setDueDate(after);
    c.setNextVisitDate(after);
    journal(v, "RESCHEDULED", change + "（" + VisitSettings.describe(settings.cycleFor(newGrade)) + "回访），回访日期 "
        + before + " → " + after, actor);
    return Optional.of(v);
  }

  /**
   * The due date has come: the visit opens for the customer's owner — unless the customer is no longer active,
   * then the cycle ends here (returns false). The owner may have changed since the cycle was planned.
   */
  public boolean open(Long visitId) {
    Visit v = get(visitId);
    if (!Visit.PLANNED.equals(v.getStatus())) {
      throw new BusinessRuleException("回访 " + v.getVisitNumber() + " 的状态为「" + label(STATUSES, v.getStatus())
          + "」，只有「" + label(STATUSES, Visit.PLANNED) + "」的回访可以开启");
    }
    Customer c = customer(v.getCustomerId());
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      cancel(v, "客户已不是活跃客户（" + c.getStatus() + "）", SYSTEM);
      c.setNextVisitDate(null);
      return false;
    }
    v.setStatus(Visit.DUE);
    v.setOpenedAt(now());
    v.setOwner(c.getOwner());
    journal(v, "OPENED", "回访到期，由客户负责人 " + (c.getOwner() == null ? "（未指定，客户关系管理部门认领）" : c.getOwner())
        + " 回访", SYSTEM);
    return true;
  }

  /** Ends an open cycle without a visit (customer inactive, instance cancelled by an administrator). */
  public void cancel(Long visitId, String reason, String actor) {
    cancel(get(visitId), reason, actor);
  }

  private void cancel(Visit v, String reason, String actor) {
    if (Visit.DONE.equals(v.getStatus()) || Visit.CANCELLED.equals(v.getStatus())) {
      return;
    }
    v.setStatus(Visit.CANCELLED);
    v.setOpenCustomerId(null);
    v.setCancelReason(reason);
    journal(v, "CANCELLED", "回访取消：" + reason, actor);
  }

  // ---------------------------------------------------------------- the visit (P4.2, P4.3)

  /**
   * Records the visit: the way, project progress, satisfaction, changed needs, opinions, each issue as an OPEN
   * improvement item of its department and a complaint raised. The visit is DONE and the customer's cycle is
   * closed (the next one is planned by the process right after).
   */
  public List<VisitImprovement> record(Long visitId, VisitInput in, String user) {
    Visit v = get(visitId);
    if (!Visit.DUE.equals(v.getStatus())) {
      throw new BusinessRuleException("回访 " + v.getVisitNumber() + " 当前不可记录（" + label(STATUSES, v.getStatus()) + "）");
    }
    code("way", in.way(), WAYS, "回访方式");
    if (in.visitDate() == null) {
      throw new InvalidFieldException("visitDate", "必须填写回访日期");
    }
    if (in.visitDate().isAfter(today())) {
      throw new InvalidFieldException("visitDate", "回访日期不能晚于今天：" + in.visitDate());
    }
    if (in.visitDate().isBefore(v.getCycleFrom())) {
      throw new InvalidFieldException("visitDate", "回访日期早于本回访周期的开始日期 " + v.getCycleFrom());
    }
    if (in.satisfaction() == null || in.satisfaction() < 1 || in.satisfaction() > 5) {
      throw new InvalidFieldException("satisfaction", "满意度应为 1–5 的整数：" + in.satisfaction());
    }
    text("projectProgress", in.projectProgress(), true, "项目进展");
    text("changedNeeds", in.changedNeeds(), false, "需求变化");
    text("opinions", in.opinions(), false, "客户意见和建议");
    List<IssueInput> issues = in.issuesRaised() && in.issues() != null ? in.issues() : List.of();
    if (in.issuesRaised() && issues.isEmpty()) {
      throw new InvalidFieldException("issues", "已勾选「客户提出问题」，请至少填写一项问题及责任部门");
    }
    if (issues.size() > MAX_ISSUES) {
      throw new InvalidFieldException("issues", "问题最多 " + MAX_ISSUES + " 项，收到 " + issues.size() + " 项");
    }
    List<Department> departments = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      IssueInput issue = issues.get(i);
      departments.add(settings.requireDepartment("issues[" + i + "].department", issue.department()));
      text("issues[" + i + "].issue", issue.issue(), true, "问题描述");
    }
    if (in.complaintRaised()) {
      text("complaintContent", in.complaintContent(), true, "投诉内容");
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
    v.setSatisfaction(in.satisfaction());
    v.setChangedNeeds(trim(in.changedNeeds()));
    v.setOpinions(trim(in.opinions()));
    v.setComplaintRaised(in.complaintRaised());
    if (in.complaintRaised()) {
      v.setComplaintContent(in.complaintContent().trim());
      v.setComplaintCategory(in.complaintCategory());
      v.setComplaintSeverity(in.complaintSeverity());
    }
    visits.flush();
    List<VisitImprovement> created = new ArrayList<>();
    Instant due = calendar.plusWorkingDays(done.atZone(calendar.zone()), settings.getImprovementDueWorkingDays()).toInstant();
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
    journal(v, "DONE", "经" + label(WAYS, v.getWay()) + "回访（" + v.getVisitDate() + "），满意度 " + v.getSatisfaction()
        + "/5" + (created.isEmpty() ? "" : "，提出问题 " + created.size() + " 项") + (v.isComplaintRaised() ? "，客户提出投诉" : "")
        + (v.getOverdueLevel() > 0 ? "（逾期完成）" : ""), user);
    return created;
  }

  /** The complaint the customer raised in the visit, registered for complaint handling (P4.3 → P2). */
  public Complaint registerComplaint(Long visitId) {
    Visit v = get(visitId);
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
    journal(v, "COMPLAINT", "客户在回访中提出投诉，已登记为 " + c.getComplaintNumber() + " 并转投诉处理流程", v.getVisitedBy());
    return c;
  }

  /** The department's answer to an issue: resolved, planned for improvement, or rejected with the reason. */
  public void completeImprovement(Long improvementId, String outcome, String result, String user) {
    VisitImprovement item = improvement(improvementId);
    if (!VisitImprovement.OPEN.equals(item.getStatus())) {
      throw new BusinessRuleException("改进事项 " + improvementId + " 已处理");
    }
    code("improvementOutcome", outcome, IMPROVEMENT_OUTCOMES, "处理结果");
    text("improvementResult", result, true, "改进措施与结果");
    item.setStatus(outcome);
    item.setResult(result.trim());
    item.setHandledBy(user);
    item.setHandledAt(now());
    journal(get(item.getVisitId()), "IMPROVEMENT", item.getDepartment() + "：" + label(IMPROVEMENT_OUTCOMES, outcome)
        + "（" + abbreviate(item.getIssue(), 60) + "）", user);
  }

  // ---------------------------------------------------------------- overdue (P4.4)

  /** The visit's timer: the due date at the configured time of day, Beijing. */
  public Date visitAt(Long visitId) {
    return at(get(visitId).getDueDate(), Period.ZERO);
  }

  /** The owner is warned (and the visit task is due) this long after the due date. */
  public Date warnAt(Long visitId) {
    return at(get(visitId).getDueDate(), settings.getOverdue().getWarnAfter());
  }

  public Date escalateAt(Long visitId) {
    return at(get(visitId).getDueDate(), settings.getOverdue().getEscalateAfter());
  }

  private Date at(LocalDate date, Period after) {
    return Date.from(date.plus(after).atTime(settings.visitTimeOfDay()).atZone(calendar.zone()).toInstant());
  }

  public void recordWarning(Long visitId) {
    Visit v = get(visitId);
    v.setOverdueLevel(Math.max(v.getOverdueLevel(), 1));
    v.setWarnedAt(now());
    journal(v, "WARNED", "回访已逾期（" + v.getDueDate() + " 到期），已提醒客户负责人", SYSTEM);
  }

  public void recordEscalation(Long visitId) {
    Visit v = get(visitId);
    v.setOverdueLevel(2);
    v.setEscalatedAt(now());
    journal(v, "ESCALATED", "回访严重逾期（" + v.getDueDate() + " 到期），升级至客户关系管理部门督办", SYSTEM);
  }

  public void recordSupervision(Long visitId, String measures, String user) {
    text("superviseMeasures", measures, true, "督办措施");
    Visit v = get(visitId);
    v.setSuperviseMeasures(measures.trim());
    v.setSupervisedBy(user);
    v.setSupervisedAt(now());
    journal(v, "SUPERVISED", "督办：" + abbreviate(measures.trim(), 200), user);
  }

  // ---------------------------------------------------------------- reading

  public Visit get(Long visitId) {
    return visits.findById(visitId).orElseThrow(() -> new BusinessRuleException("回访记录不存在：" + visitId));
  }

  public VisitImprovement improvement(Long improvementId) {
    return improvements.findById(improvementId)
        .orElseThrow(() -> new BusinessRuleException("改进事项不存在：" + improvementId));
  }

  public List<Long> improvementIds(Long visitId) {
    return improvements.findByVisitIdOrderById(visitId).stream().map(VisitImprovement::getId).toList();
  }

  public List<VisitImprovement> improvementsOf(Long visitId) {
    return improvements.findByVisitIdOrderById(visitId);
  }

  public List<VisitEvent> journalOf(Long visitId) {
    return events.findByVisitIdOrderById(visitId);
  }

  public List<Visit> visitsOf(Long customerId) {
    return visits.findByCustomerIdOrderByDueDateDescIdDesc(customerId);
  }

  public Optional<Visit> lastVisit(Long customerId) {
    return visits.findFirstByCustomerIdAndStatusOrderByDoneAtDesc(customerId, Visit.DONE);
  }

  /** Complaints of the customer not yet closed (as the complaint feature counts them). */
  public long openComplaints(Long customerId) {
    return complaints.openComplaintsOf(customerId);
  }

  /** Projects of the customer not yet completed (as the project feature counts them). */
  public long openProjects(Long customerId) {
    return projects.openProjectsOf(customerId);
  }

  // ---------------------------------------------------------------- helpers

  public void journal(Visit v, String kind, String note, String actor) {
    VisitEvent e = new VisitEvent();
    e.setVisitId(v.getId());
    e.setKind(kind);
    e.setNote(abbreviate(note, 2000));
    e.setActor(actor == null ? SYSTEM : actor);
    e.setCreatedAt(now());
    events.save(e);
  }

  private static void code(String field, String value, java.util.Map<String, String> codes, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "必须选择" + name);
    }
    if (!codes.containsKey(value)) {
      throw new InvalidFieldException(field, name + "「" + value + "」不在可选范围内（" + String.join("、", codes.keySet()) + "）");
    }
  }

  private static void text(String field, String value, boolean required, String name) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidFieldException(field, "必须填写" + name);
      }
      return;
    }
    if (value.trim().length() > MAX_TEXT) {
      throw new InvalidFieldException(field, name + "不能超过 " + MAX_TEXT + " 个字符");
    }
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
