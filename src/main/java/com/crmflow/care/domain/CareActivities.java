package com.crmflow.care.domain;

import static com.crmflow.care.domain.CareCodes.ACCEPTED;
import static com.crmflow.care.domain.CareCodes.DECLINED;
import static com.crmflow.care.domain.CareCodes.KINDS;
import static com.crmflow.care.domain.CareCodes.label;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户关怀活动 (SPEC P8; 001 §5(2)): the plan with its target customers, the invitations and the customers' replies,
 * the execution with attendance (or, for greetings, to whom they were sent), the summary and evaluation and the
 * improvement items with their owners and due dates. Who may target which customer is checked by the caller (the
 * customers the organizer may see); every id a step works on is checked here against the activity.
 */
@Service
@Transactional
@EnableConfigurationProperties(CareSettings.class)
public class CareActivities {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_TARGETS = 500;
  public static final int MAX_IMPROVEMENTS = 50;

  private final CareActivityRepository activities;
  private final CareTargetRepository targets;
  private final CareImprovementRepository improvements;
  private final CustomerDirectory customers;
  private final NumberGenerator numbers;
  private final WorkingCalendar calendar;
  private final CareSettings settings;

  public CareActivities(CareActivityRepository activities, CareTargetRepository targets,
      CareImprovementRepository improvements, CustomerDirectory customers, NumberGenerator numbers,
      WorkingCalendar calendar, CareSettings settings) {
    this.activities = activities;
    this.targets = targets;
    this.improvements = improvements;
    this.customers = customers;
    this.numbers = numbers;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The engine's clock (moved by process tests). */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return now().atZone(calendar.zone()).toLocalDate();
  }

  public CareSettings settings() {
    return settings;
  }

  /** 制定关怀活动计划: kind, title, day, place, content, budget and how the customers are chosen. */
  public record PlanInput(
      @Label("活动类型") @NotBlank @OneOf({CareCodes.HOLIDAY_GREETING, CareCodes.BIRTHDAY_WISH,
          CareCodes.APPRECIATION_EVENT, CareCodes.INDUSTRY_SEMINAR}) String kind,
      @Label("活动名称") @NotBlank @Size(max = 200) String title,
      @Label("活动日期") @NotNull LocalDate plannedOn,
      @Label("活动地点") @Size(max = 200) String place,
      @Label("活动内容") @NotBlank @Size(max = MAX_TEXT) String content,
      @Label("预算（元）") @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.Digits(
          integer = 12, fraction = 2) BigDecimal budget,
      @Label("目标客户") @NotBlank @OneOf({CareCodes.MODE_GRADE, CareCodes.MODE_LIST}) String targetMode,
      @Label("客户等级") List<String> grades,
      @Label("客户") List<Long> customerIds) {}

  /**
   * Checks the plan's own rules (beyond the annotations): the day not in the past, a place for events, grades or
   * customers as the mode says. Returns the normalized grades (mode GRADE) — the caller resolves the customers.
   */
  public PlanInput check(PlanInput in) {
    Inputs.valid(in);
    if (in.plannedOn().isBefore(today())) {
      throw new InvalidFieldException("plannedOn", "活动日期不能早于今天：" + in.plannedOn());
    }
    if (!CareCodes.GREETING_KINDS.contains(in.kind()) && (in.place() == null || in.place().isBlank())) {
      throw new InvalidFieldException("place", "请填写活动地点");
    }
    List<String> grades = List.of();
    List<Long> ids = List.of();
    if (CareCodes.MODE_GRADE.equals(in.targetMode())) {
      Set<String> g = new LinkedHashSet<>();
      for (String s : in.grades() == null ? List.<String>of() : in.grades()) {
        String grade = s == null ? "" : s.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CareCodes.GRADES.contains(grade)) {
          throw new InvalidFieldException("grades", "不是客户等级：" + s);
        }
        g.add(grade);
      }
      if (g.isEmpty()) {
        throw new InvalidFieldException("grades", "请选择目标客户的等级");
      }
      grades = List.copyOf(new java.util.TreeSet<>(g));
    } else {
      ids = in.customerIds() == null ? List.of() : in.customerIds().stream().distinct().toList();
      if (ids.isEmpty() || ids.contains(null)) {
        throw new InvalidFieldException("customerIds", "请选择目标客户");
      }
    }
    return new PlanInput(in.kind(), in.title().trim(), in.plannedOn(), blankToNull(in.place()), in.content().trim(),
        in.budget(), in.targetMode(), grades, ids);
  }

  /** Records the checked plan with its target customers (already resolved and checked by the caller). */
  public CareActivity plan(PlanInput in, Collection<Long> targetCustomerIds, String organizer) {
    if (targetCustomerIds.isEmpty()) {
      throw new InvalidFieldException(CareCodes.MODE_GRADE.equals(in.targetMode()) ? "grades" : "customerIds",
          "没有符合条件的目标客户（只能选择您可以查看的在用客户）");
    }
    if (targetCustomerIds.size() > MAX_TARGETS) {
      throw new InvalidFieldException("customerIds", "一次活动最多 " + MAX_TARGETS + " 位目标客户");
    }
    CareActivity a = new CareActivity();
    a.setActivityNumber(numbers.next("CARE", 6));
    a.setKind(in.kind());
    a.setTitle(in.title());
    a.setPlannedOn(in.plannedOn());
    a.setPlace(in.place());
    a.setContent(in.content());
    a.setBudget(in.budget());
    a.setTargetMode(in.targetMode());
    a.setTargetGrades(in.grades() == null || in.grades().isEmpty() ? null : String.join(",", in.grades()));
    a.setStatus(isGreeting(in.kind()) ? CareActivity.EXECUTING : CareActivity.INVITING);
    a.setOrganizer(organizer);
    a.setCreatedAt(now());
    CareActivity saved = activities.saveAndFlush(a);
    for (Long customerId : new LinkedHashSet<>(targetCustomerIds)) {
      CareTarget t = new CareTarget();
      t.setActivityId(saved.getId());
      t.setCustomerId(customerId);
      targets.save(t);
    }
    targets.flush();
    return saved;
  }

  public static boolean isGreeting(String kind) {
    return CareCodes.GREETING_KINDS.contains(kind);
  }

  public CareActivity get(Long id) {
    return activities.findById(id).orElseThrow(() -> new BusinessRuleException("关怀活动不存在：" + id));
  }

  public Optional<CareActivity> find(Long id) {
    return activities.findById(id);
  }

  public Optional<CareActivity> byNumber(String number) {
    return activities.findByActivityNumber(number);
  }

  /** Binds the activity to its process instance, once; an activity of another instance is refused. */
  public void attachProcess(Long id, String processInstanceId) {
    CareActivity a = get(id);
    if (a.getProcessInstanceId() != null && !a.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("关怀活动 " + a.getActivityNumber() + " 已由另一个流程实例办理");
    }
    a.setProcessInstanceId(processInstanceId);
  }

  /** The activity a process step works on, checked against the step's process instance. */
  public CareActivity boundTo(Long id, String processInstanceId) {
    if (id == null) {
      throw new BusinessRuleException("流程缺少关怀活动编号（careActivityId）");
    }
    CareActivity a = get(id);
    if (a.getProcessInstanceId() == null || !a.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("关怀活动 " + a.getActivityNumber() + " 属于另一个流程实例，本流程实例不能修改它");
    }
    return a;
  }

  /** A target of the activity bound to this instance (an invitation task's element), checked. */
  public CareTarget boundTarget(Long targetId, String processInstanceId) {
    CareTarget t = targetId == null ? null : targets.findById(targetId).orElse(null);
    if (t == null) {
      throw new BusinessRuleException("流程缺少目标客户（targetId）");
    }
    boundTo(t.getActivityId(), processInstanceId);
    return t;
  }

  /** An improvement item of the activity bound to this instance, checked. */
  public CareImprovement boundImprovement(Long improvementId, String processInstanceId) {
    CareImprovement i = improvementId == null ? null : improvements.findById(improvementId).orElse(null);
    if (i == null) {
      throw new BusinessRuleException("流程缺少改进事项（improvementId）");
    }
    boundTo(i.getActivityId(), processInstanceId);
    return i;
  }

  @Transactional(readOnly = true)
  public List<CareTarget> targets(Long activityId) {
    return targets.findByActivityIdOrderById(activityId);
  }

  @Transactional(readOnly = true)
  public List<CareImprovement> improvements(Long activityId) {
    return improvements.findByActivityIdOrderById(activityId);
  }

  public Customer customer(Long customerId) {
    return customers.get(customerId);
  }

  /** 确认客户邀请: the customer's reply to the invitation. */
  public record ReplyInput(@Label("客户答复") @NotBlank @OneOf({ACCEPTED, DECLINED}) String reply,
      @Label("备注") @Size(max = 1000) String replyNote) {}

  public void recordReply(Long targetId, ReplyInput in, String actor) {
    Inputs.valid(in);
    CareTarget t = targets.findById(targetId).orElseThrow();
    CareActivity a = get(t.getActivityId());
    requireStatus(a, CareActivity.INVITING);
    t.setReply(in.reply());
    t.setReplyNote(blankToNull(in.replyNote()));
    t.setRepliedBy(actor);
    t.setRepliedAt(now());
  }

  /** After all invitations: whether anyone accepted (the activity is held) — the status moves on either way. */
  public boolean closeInvitations(Long activityId) {
    CareActivity a = get(activityId);
    requireStatus(a, CareActivity.INVITING);
    boolean any = targets(activityId).stream().anyMatch(t -> ACCEPTED.equals(t.getReply()));
    a.setStatus(any ? CareActivity.EXECUTING : CareActivity.SUMMARIZING);
    return any;
  }

  /** 执行关怀活动: who of those who accepted attended, and how it went. */
  public void recordExecution(Long activityId, Collection<Long> attendedCustomerIds, String notes, String actor) {
    CareActivity a = get(activityId);
    requireStatus(a, CareActivity.EXECUTING);
    if (isGreeting(a.getKind())) {
      throw new BusinessRuleException("问候与祝福不记录出席情况");
    }
    Set<Long> attended = new LinkedHashSet<>(attendedCustomerIds);
    List<CareTarget> all = targets(activityId);
    for (Long id : attended) {
      if (all.stream().noneMatch(t -> t.getCustomerId().equals(id) && ACCEPTED.equals(t.getReply()))) {
        throw new InvalidFieldException("attendedCustomerIds", "不是接受邀请的目标客户：" + id);
      }
    }
    for (CareTarget t : all) {
      if (ACCEPTED.equals(t.getReply())) {
        t.setAttended(attended.contains(t.getCustomerId()));
      }
    }
    finishExecution(a, notes, actor);
  }

  /** 发送问候与祝福: to which target customers the greeting went, and how. */
  public void recordGreetingsSent(Long activityId, Collection<Long> sentCustomerIds, String channel, String notes,
      String actor) {
    CareActivity a = get(activityId);
    requireStatus(a, CareActivity.EXECUTING);
    if (!isGreeting(a.getKind())) {
      throw new BusinessRuleException("活动类关怀须先确认客户邀请");
    }
    if (channel == null || !CareCodes.CHANNELS.containsKey(channel)) {
      throw new InvalidFieldException("channel", "不是问候方式：" + channel);
    }
    Set<Long> sent = new LinkedHashSet<>(sentCustomerIds);
    List<CareTarget> all = targets(activityId);
    for (Long id : sent) {
      if (all.stream().noneMatch(t -> t.getCustomerId().equals(id))) {
        throw new InvalidFieldException("sentCustomerIds", "不是本次活动的目标客户：" + id);
      }
    }
    Instant now = now();
    for (CareTarget t : all) {
      boolean was = sent.contains(t.getCustomerId());
      t.setGreeted(was);
      t.setGreetingChannel(was ? channel : null);
      t.setGreetedAt(was ? now : null);
    }
    finishExecution(a, notes, actor);
  }

  private void finishExecution(CareActivity a, String notes, String actor) {
    if (notes != null && notes.length() > MAX_TEXT) {
      throw new InvalidFieldException("executionNotes", "最多 " + MAX_TEXT + " 个字符");
    }
    a.setExecutionNotes(blankToNull(notes));
    a.setExecutedBy(actor);
    a.setExecutedAt(now());
    a.setStatus(CareActivity.SUMMARIZING);
  }

  /** 活动总结与评估. */
  public record SummaryInput(@Label("活动评分（1–5）") @NotNull @Min(1) @Max(5) Long score,
      @Label("活动总结") @NotBlank @Size(max = MAX_TEXT) String summary,
      @Label("效果评估") @NotBlank @Size(max = MAX_TEXT) String evaluation) {}

  /** An improvement item: what, who, by when. */
  public record ImprovementInput(@Label("改进事项") @NotBlank @Size(max = 1000) String item,
      @Label("负责人") @NotBlank @Size(max = 64) String owner,
      @Label("完成期限") @NotNull LocalDate dueOn) {}

  /** Records the summary and its improvement items; returns the items' ids (none: the activity is done). */
  public List<Long> summarize(Long activityId, SummaryInput in, List<ImprovementInput> items, String actor) {
    Inputs.valid(in);
    CareActivity a = get(activityId);
    requireStatus(a, CareActivity.SUMMARIZING);
    if (items.size() > MAX_IMPROVEMENTS) {
      throw new InvalidFieldException("improvements", "最多 " + MAX_IMPROVEMENTS + " 项改进事项");
    }
    for (int i = 0; i < items.size(); i++) {
      ImprovementInput item = items.get(i);
      Inputs.valid(item);
      if (item.dueOn().isBefore(today())) {
        throw new InvalidFieldException("improvements[" + i + "].dueOn", "完成期限不能早于今天：" + item.dueOn());
      }
    }
    a.setScore(in.score().intValue());
    a.setSummary(in.summary().trim());
    a.setEvaluation(in.evaluation().trim());
    a.setSummarizedBy(actor);
    a.setSummarizedAt(now());
    List<Long> ids = new ArrayList<>();
    for (ImprovementInput item : items) {
      CareImprovement x = new CareImprovement();
      x.setActivityId(activityId);
      x.setItem(item.item().trim());
      x.setOwner(item.owner().trim());
      x.setDueOn(item.dueOn());
      ids.add(improvements.saveAndFlush(x).getId());
    }
    a.setStatus(ids.isEmpty() ? CareActivity.DONE : CareActivity.IMPROVING);
    return ids;
  }

  /** 落实改进事项: the owner's result; the last one closes the activity. */
  public void completeImprovement(Long improvementId, String result, String actor) {
    CareImprovement x = improvements.findById(improvementId).orElseThrow();
    if (x.getDoneAt() != null) {
      throw new BusinessRuleException("改进事项已落实");
    }
    if (result == null || result.isBlank()) {
      throw new InvalidFieldException("result", "请填写落实情况");
    }
    if (result.length() > MAX_TEXT) {
      throw new InvalidFieldException("result", "最多 " + MAX_TEXT + " 个字符");
    }
    x.setResult(result.trim());
    x.setDoneBy(actor);
    x.setDoneAt(now());
    improvements.flush();
    if (improvements(x.getActivityId()).stream().allMatch(i -> i.getDoneAt() != null)) {
      get(x.getActivityId()).setStatus(CareActivity.DONE);
    }
  }

  /** The instance ended with the activity still open (cancelled in Cockpit): the activity is cancelled. */
  public void cancelIfOpen(Long id) {
    CareActivity a = get(id);
    if (!CareActivity.DONE.equals(a.getStatus())) {
      a.setStatus(CareActivity.CANCELLED);
    }
  }

  /** When the invitations are due: {@code crm.care.invitation-due} working days from now, at the latest the day. */
  public Instant invitationDue(CareActivity a) {
    Instant due = calendar.plusWorkingDays(now().atZone(calendar.zone()), settings.invitationDueWorkingDays())
        .toInstant();
    Instant day = a.getPlannedOn().atStartOfDay(calendar.zone()).toInstant();
    return due.isAfter(day) ? day : due;
  }

  /** The activity's day (execution and greetings are due on it). */
  public Instant activityDay(CareActivity a) {
    return a.getPlannedOn().atTime(18, 0).atZone(calendar.zone()).toInstant();
  }

  /** The summary: {@code crm.care.summary-due} working days after the activity's day (or after now, if later). */
  public Instant summaryDue(CareActivity a) {
    Instant from = activityDay(a).isAfter(now()) ? activityDay(a) : now();
    return calendar.plusWorkingDays(from.atZone(calendar.zone()), settings.summaryDueWorkingDays()).toInstant();
  }

  public Instant improvementDue(CareImprovement x) {
    return x.getDueOn().atTime(18, 0).atZone(calendar.zone()).toInstant();
  }

  /** The activities with this customer among their targets, newest first. */
  @Transactional(readOnly = true)
  public List<CareActivity> activitiesOf(Long customerId) {
    List<Long> ids = targets.findByCustomerIdOrderByIdDesc(customerId).stream().map(CareTarget::getActivityId)
        .toList();
    return ids.isEmpty() ? List.of() : activities.findByIdInOrderByPlannedOnDescIdDesc(ids);
  }

  @Transactional(readOnly = true)
  public Optional<CareTarget> targetOf(Long activityId, Long customerId) {
    return targets.findByActivityIdAndCustomerId(activityId, customerId);
  }

  private static void requireStatus(CareActivity a, String status) {
    if (!status.equals(a.getStatus())) {
      throw new BusinessRuleException("关怀活动 " + a.getActivityNumber() + " 当前为「"
          + label(CareCodes.STATUSES, a.getStatus()) + "」，不能办理此步骤");
    }
  }

  public static String kindLabel(String kind) {
    return label(KINDS, kind);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
