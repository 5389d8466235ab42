package com.crmflow.complaint.domain;

import static com.crmflow.complaint.domain.ComplaintCodes.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of complaint handling (SPEC P2; 001 §5(3), 004 §4.4/§5.3). Called by the process's delegates and
 * listeners and by the REST API. Every violation is an {@link InvalidFieldException} or
 * {@link BusinessRuleException} with a Chinese message naming the problem, and rolls the whole step back.
 */
@Service
@Transactional
public class ComplaintService {

  public static final int MAX_ATTACHMENTS = 5;
  public static final int MAX_ATTACHMENT_BYTES = 1024 * 1024;
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final ComplaintRepository complaints;
  private final ComplaintAttachmentRepository attachments;
  private final ComplaintDeadlineRepository deadlines;
  private final ComplaintEventRepository events;
  private final ComplaintActionRepository actions;
  private final CustomerDirectory customers;
  private final NumberGenerator numbers;
  private final ComplaintSettings settings;
  private final WorkingCalendar calendar;
  private final NotificationService notifications;

  public ComplaintService(ComplaintRepository complaints, ComplaintAttachmentRepository attachments,
      ComplaintDeadlineRepository deadlines, ComplaintEventRepository events, ComplaintActionRepository actions,
      CustomerDirectory customers, NumberGenerator numbers, ComplaintSettings settings, WorkingCalendar calendar,
      NotificationService notifications) {
    this.complaints = complaints;
    this.attachments = attachments;
    this.deadlines = deadlines;
    this.events = events;
    this.actions = actions;
    this.customers = customers;
    this.numbers = numbers;
    this.settings = settings;
    this.calendar = calendar;
    this.notifications = notifications;
  }

  /** What is recorded at intake, from the API or the Tasklist start form. */
  public record ComplaintInput(Long customerId, String channel, String content, String category, String severity,
      String contactPreference, String contactName, String contactPhone, String contactEmail,
      List<AttachmentInput> attachments) {}

  public record AttachmentInput(String fileName, String contentType, byte[] content) {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Date and time as shown to users, in the working calendar's time zone. */
  public String shown(Instant instant) {
    return instant == null ? "—" : SHOWN.format(instant.atZone(calendar.zone()));
  }

  // ---------------------------------------------------------------- intake (P2.1)

  /** Checks every field of an intake; the first problem is thrown, naming the field. Nothing is written. */
  public Customer validate(ComplaintInput in) {
    if (in.customerId() == null) {
      throw new InvalidFieldException("customerId", "必须填写客户编号");
    }
    Customer customer = customers.find(in.customerId())
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户编号 " + in.customerId() + " 不存在"));
    code("channel", in.channel(), CHANNELS, "投诉渠道");
    text("content", in.content(), 4000, true, "投诉内容");
    code("category", in.category(), CATEGORIES, "投诉类别");
    code("severity", in.severity(), SEVERITIES, "严重程度");
    code("contactPreference", in.contactPreference(), CONTACT_PREFERENCES, "联系方式偏好");
    text("contactName", in.contactName(), 100, false, "联系人");
    text("contactPhone", in.contactPhone(), 40, false, "联系电话");
    text("contactEmail", in.contactEmail(), 200, false, "联系邮箱");
    if (blank(in.contactEmail()) && "email".equals(in.contactPreference())) {
      throw new InvalidFieldException("contactEmail", "联系方式偏好为电子邮件时必须填写联系邮箱");
    }
    if (!blank(in.contactEmail()) && !EMAIL.matcher(in.contactEmail().trim()).matches()) {
      // no value in the message: engine errors are logged, and an address is personal data
      throw new InvalidFieldException("contactEmail", "不是有效的电子邮件地址");
    }
    List<AttachmentInput> files = in.attachments() == null ? List.of() : in.attachments();
    if (files.size() > MAX_ATTACHMENTS) {
      throw new InvalidFieldException("attachments", "附件最多 " + MAX_ATTACHMENTS + " 个，收到 " + files.size() + " 个");
    }
    for (int i = 0; i < files.size(); i++) {
      AttachmentInput f = files.get(i);
      String field = "attachments[" + i + "]";
      text(field + ".fileName", f.fileName(), 200, true, "附件文件名");
      text(field + ".contentType", f.contentType(), 100, true, "附件类型");
      if (f.content() == null || f.content().length == 0) {
        throw new InvalidFieldException(field + ".content", "附件内容为空");
      }
      if (f.content().length > MAX_ATTACHMENT_BYTES) {
        throw new InvalidFieldException(field + ".content", "附件超过 1 MB（" + f.content().length + " 字节）");
      }
    }
    return customer;
  }

  /**
   * Records a complaint at once (001 §5(3).1): number, received time, the initial-response deadline, and the
   * acknowledgement with the promised time to the customer when an e-mail address was given.
   */
  public Complaint register(ComplaintInput in, String createdBy, String idempotencyKey, String requestHash) {
    Customer customer = validate(in);
    Instant received = now();
    Complaint c = new Complaint();
    c.setComplaintNumber(numbers.next("CMP", 6));
    c.setCustomerId(customer.getId());
    c.setChannel(in.channel());
    c.setContent(in.content().trim());
    c.setCategory(in.category());
    c.setSeverity(in.severity());
    c.setContactPreference(in.contactPreference());
    c.setContactName(trim(in.contactName()));
    c.setContactPhone(trim(in.contactPhone()));
    c.setContactEmail(trim(in.contactEmail()));
    c.setStatus(Complaint.RECEIVED);
    c.setReceivedAt(received);
    c.setCreatedBy(createdBy == null ? "system" : createdBy);
    c.setIdempotencyKey(idempotencyKey);
    c.setRequestHash(requestHash);
    c.setEscalationLevel(0);
    c.setReopenCount(0);
    complaints.save(c);
    for (AttachmentInput f : in.attachments() == null ? List.<AttachmentInput>of() : in.attachments()) {
      ComplaintAttachment a = new ComplaintAttachment();
      a.setComplaintId(c.getId());
      a.setFileName(f.fileName().trim());
      a.setContentType(f.contentType().trim());
      a.setSizeBytes(f.content().length);
      a.setContent(f.content());
      a.setCreatedAt(received);
      attachments.save(a);
    }
    ComplaintDeadline response = openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, received);
    journal(c, "RECEIVED", "经" + label(CHANNELS, c.getChannel()) + "受理，承诺于 " + shown(response.getDueAt())
        + " 前首次响应", createdBy);
    if (c.getContactEmail() != null) {
      notifications.toAddress(c.getContactEmail(), "complaint-acknowledgement", params(c, response));
    }
    return c;
  }

  /**
   * Binds a recorded complaint to the process instance that handles it, once: only a complaint that no instance
   * has bound yet and that is still 已受理 can be bound. Another start with the same complaint is refused.
   */
  public void attachProcess(Long complaintId, String processInstanceId) {
    Complaint c = get(complaintId);
    if (c.getProcessInstanceId() != null && !c.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("投诉 " + c.getComplaintNumber() + " 已由另一个流程实例办理，不能再次发起处理");
    }
    if (ComplaintStatus.of(c.getStatus()) != ComplaintStatus.RECEIVED) {
      throw new BusinessRuleException("投诉 " + c.getComplaintNumber() + " 的状态为「"
          + ComplaintStatus.of(c.getStatus()).label() + "」，只有「已受理」的投诉可以发起处理");
    }
    c.setProcessInstanceId(processInstanceId);
  }

  /**
   * The complaint a process step works on, checked against the step's process instance: a complaint bound to
   * another instance (or to none) is refused, whatever id the process variables hold.
   */
  public Complaint boundTo(Long complaintId, String processInstanceId) {
    if (complaintId == null) {
      throw new BusinessRuleException("流程缺少投诉编号（complaintId）");
    }
    Complaint c = get(complaintId);
    if (c.getProcessInstanceId() == null || !c.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("投诉 " + c.getComplaintNumber()
          + (c.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例不能修改它");
    }
    return c;
  }

  /** Moves the complaint along the allowed transitions of {@link ComplaintStatus}; any other move is refused. */
  void move(Complaint c, ComplaintStatus target) {
    c.setStatus(ComplaintStatus.of(c.getStatus()).moveTo(target).name());
  }

  /** A handling step needs the complaint in this status (e.g. no investigation before the assessment). */
  static void requireStatus(Complaint c, ComplaintStatus required) {
    ComplaintStatus current = ComplaintStatus.of(c.getStatus());
    if (current != required) {
      throw new BusinessRuleException("投诉 " + c.getComplaintNumber() + " 的状态为「" + current.label()
          + "」，此步骤只能在「" + required.label() + "」时办理");
    }
  }

  private Complaint inProgress(Long id) {
    Complaint c = get(id);
    requireStatus(c, ComplaintStatus.IN_PROGRESS);
    return c;
  }

  // ---------------------------------------------------------------- deadlines (P2.3, P2.7)

  /** Opens a deadline that starts now: due, 75 % warning and second-level escalation times from the config. */
  public ComplaintDeadline openDeadline(Complaint c, String kind, Instant start) {
    ComplaintSettings.Deadline rule = ComplaintDeadline.INITIAL_RESPONSE.equals(kind)
        ? settings.getInitialResponse() : settings.getResultFeedback();
    Duration window = rule.forSeverity(c.getSeverity());
    int round = deadlines.findFirstByComplaintIdAndKindOrderByRoundNoDesc(c.getId(), kind)
        .map(d -> d.getRoundNo() + 1).orElse(1);
    ComplaintDeadline d = new ComplaintDeadline();
    d.setComplaintId(c.getId());
    d.setKind(kind);
    d.setRoundNo(round);
    d.setStartedAt(start);
    d.setDueAt(after(start, window, 1.0, rule.isWorkingTime()));
    d.setWarnAt(after(start, window, settings.getWarningAt(), rule.isWorkingTime()));
    d.setEscalateAt(after(start, window, 1.0 + settings.getSecondLevelAfter(), rule.isWorkingTime()));
    d.setBreachLevel(0);
    return deadlines.save(d);
  }

  private Instant after(Instant start, Duration window, double share, boolean workingTime) {
    Duration d = Duration.ofMillis(Math.round(window.toMillis() * share));
    return workingTime ? calendar.plusWorkingTime(start.atZone(calendar.zone()), d).toInstant() : start.plus(d);
  }

  /** Complaints of the customer not yet closed. */
  public long openComplaintsOf(Long customerId) {
    return complaints.countByCustomerIdAndStatusNot(customerId, Complaint.CLOSED);
  }

  public ComplaintDeadline latestDeadline(Long complaintId, String kind) {
    return deadlines.findFirstByComplaintIdAndKindOrderByRoundNoDesc(complaintId, kind)
        .orElseThrow(() -> new BusinessRuleException("投诉 " + complaintId + " 没有" + kind + "时限"));
  }

  public List<ComplaintDeadline> deadlinesOf(Long complaintId) {
    return deadlines.findByComplaintIdOrderById(complaintId);
  }

  public List<ComplaintEvent> journalOf(Long complaintId) {
    return events.findByComplaintIdOrderById(complaintId);
  }

  public List<ComplaintAttachment> attachmentsOf(Long complaintId) {
    return attachments.findByComplaintIdOrderById(complaintId);
  }

  public ComplaintDeadline deadline(Long deadlineId) {
    return deadlines.findById(deadlineId).orElseThrow(() -> new BusinessRuleException("时限记录不存在：" + deadlineId));
  }

  /** The deadline is kept (or not) when its task is done: met = done no later than the due time. */
  public void completeDeadline(Long complaintId, Long deadlineId) {
    ComplaintDeadline d = deadline(deadlineId);
    if (!d.getComplaintId().equals(complaintId)) {
      throw new BusinessRuleException("时限记录 " + deadlineId + " 不属于投诉 " + get(complaintId).getComplaintNumber());
    }
    if (d.getCompletedAt() == null) {
      Instant done = now();
      d.setCompletedAt(done);
      d.setMet(!done.isAfter(d.getDueAt()));
    }
  }

  public void recordWarning(Long deadlineId) {
    deadline(deadlineId).setWarnedAt(now());
  }

  /** Level 1: due time passed (cs-manager); level 2: second escalation time passed (senior-management). */
  public void recordBreach(Long deadlineId, int level) {
    ComplaintDeadline d = deadline(deadlineId);
    d.setBreachLevel(Math.max(d.getBreachLevel(), level));
    Complaint c = get(d.getComplaintId());
    journal(c, "DEADLINE_BREACHED", deadlineName(d) + "已超时（" + shown(d.getDueAt()) + " 到期），升级至"
        + (level == 1 ? "客户服务经理" : "高层管理团队"), null);
  }

  public static String deadlineName(ComplaintDeadline d) {
    return ComplaintDeadline.INITIAL_RESPONSE.equals(d.getKind()) ? "首次响应时限" : "结果反馈时限";
  }

  public Map<String, Object> params(Complaint c, ComplaintDeadline d) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("complaintNumber", c.getComplaintNumber());
    p.put("customerName", customers.find(c.getCustomerId()).map(Customer::getName).orElse(""));
    p.put("category", label(CATEGORIES, c.getCategory()));
    p.put("severity", label(SEVERITIES, c.getSeverity()));
    if (d != null) {
      p.put("deadlineName", deadlineName(d));
      p.put("dueAt", shown(d.getDueAt()));
      p.put("promisedAt", shown(d.getDueAt()));
    }
    return p;
  }

  // ---------------------------------------------------------------- handling steps (P2.2–P2.8)

  public void assess(Long id, String category, String severity, String note, String actor) {
    Complaint c = get(id);
    code("category", category, CATEGORIES, "投诉类别");
    code("severity", severity, SEVERITIES, "严重程度");
    text("assessmentNote", note, 4000, true, "评估意见");
    c.setCategory(category);
    move(c, ComplaintStatus.IN_PROGRESS);
    c.setSeverity(severity);
    c.setAssessmentNote(note);
    journal(c, "ASSESSED", "类别：" + label(CATEGORIES, category) + "；严重程度：" + label(SEVERITIES, severity)
        + "；" + note, actor);
  }

  public void respondInitially(Long id, Long deadlineId, String way, String content, String actor) {
    Complaint c = inProgress(id);
    code("responseWay", way, CONTACT_PREFERENCES, "响应方式");
    text("responseContent", content, 4000, true, "响应内容");
    completeDeadline(id, deadlineId);
    journal(c, "INITIAL_RESPONSE", "（" + label(CONTACT_PREFERENCES, way) + "）" + content, actor);
  }

  public void investigate(Long id, String details, String evidence, String cause, String causeDetail,
      String department, String person, String actor) {
    Complaint c = inProgress(id);
    text("investigationDetails", details, 4000, true, "调查经过与细节");
    text("evidence", evidence, 4000, false, "证据材料");
    code("cause", cause, CAUSES, "投诉原因");
    text("causeDetail", causeDetail, 4000, true, "原因分析");
    text("responsibleDepartment", department, 100, true, "责任部门");
    text("responsiblePerson", person, 100, false, "责任人");
    c.setCause(cause);
    c.setCauseDetail(causeDetail);
    c.setResponsibleDepartment(department);
    c.setResponsiblePerson(person);
    journal(c, "INVESTIGATED", details + (evidence == null ? "" : "\n证据：" + evidence) + "\n原因："
        + label(CAUSES, cause) + "，" + causeDetail + "\n责任：" + department + (person == null ? "" : " " + person), actor);
  }

  public void recordMeeting(Long id, String participants, String minutes, String actor) {
    text("meetingParticipants", participants, 200, true, "参会人员");
    text("meetingMinutes", minutes, 4000, true, "会议纪要");
    journal(inProgress(id), "MEETING", "参会：" + participants + "\n" + minutes, actor);
  }

  public void draftResolution(Long id, String plan, String compensation, String actor) {
    text("resolutionPlan", plan, 4000, true, "解决方案");
    text("compensation", compensation, 4000, false, "补偿措施");
    journal(inProgress(id), "RESOLUTION_PLANNED", plan + (compensation == null ? "" : "\n补偿：" + compensation), actor);
  }

  public void recordNegotiation(Long id, boolean agrees, String customerRequest, String actor) {
    if (!agrees && blank(customerRequest)) {
      throw new InvalidFieldException("customerRequest", "客户不同意解决方案时，必须记录客户意见");
    }
    text("customerRequest", customerRequest, 4000, false, "客户意见");
    journal(inProgress(id), agrees ? "PLAN_AGREED" : "PLAN_REJECTED",
        (agrees ? "客户同意解决方案" : "客户不同意解决方案") + (customerRequest == null ? "" : "：" + customerRequest), actor);
  }

  public void recordProgress(Long id, String progress, boolean informed, boolean completed, String actor) {
    text("progressNote", progress, 4000, true, "本次进展");
    journal(inProgress(id), completed ? "HANDLING_DONE" : "PROGRESS",
        progress + (informed ? "（已告知客户）" : "（尚未告知客户）"), actor);
  }

  /** Handling ended: the result must reach the customer within the feedback deadline (48 h by default). */
  public ComplaintDeadline startFeedbackDeadline(Long id) {
    return openDeadline(inProgress(id), ComplaintDeadline.RESULT_FEEDBACK, now());
  }

  public void feedBack(Long id, Long deadlineId, String way, String summary, String actor) {
    code("feedbackWay", way, CONTACT_PREFERENCES, "反馈方式");
    text("resultSummary", summary, 4000, true, "处理结果说明");
    Complaint c = inProgress(id);
    completeDeadline(id, deadlineId);
    journal(c, "RESULT_FED_BACK", "（" + label(CONTACT_PREFERENCES, way) + "）" + summary, actor);
  }

  /** The customer's verdict; not satisfied → the case escalates one level and goes back to investigation. */
  public int recordVerdict(Long id, boolean satisfied, Long score, String comment, String actor) {
    Complaint c = inProgress(id);
    int s = score("satisfactionScore", score);
    text("customerComment", comment, 4000, false, "客户评价");
    c.setSatisfied(satisfied);
    c.setSatisfactionScore(s);
    if (!satisfied) {
      c.setEscalationLevel(c.getEscalationLevel() + 1);
    }
    journal(c, satisfied ? "CUSTOMER_SATISFIED" : "CUSTOMER_NOT_SATISFIED", "评分 " + s
        + (comment == null ? "" : "：" + comment) + (satisfied ? "" : "；升级至第 " + c.getEscalationLevel() + " 级"), actor);
    return c.getEscalationLevel();
  }

  public void defineAction(Long id, String corrective, String preventive, String owner, LocalDate due, String actor) {
    Complaint c = inProgress(id);
    text("correctiveAction", corrective, 4000, true, "纠正措施");
    text("preventiveAction", preventive, 4000, true, "预防措施");
    text("actionOwner", owner, 100, true, "措施责任人");
    if (due == null) {
      throw new InvalidFieldException("actionDueDate", "必须填写完成期限");
    }
    if (due.isBefore(now().atZone(calendar.zone()).toLocalDate())) {
      throw new InvalidFieldException("actionDueDate", "完成期限不能早于今天：" + due);
    }
    ComplaintAction a = new ComplaintAction();
    a.setComplaintId(id);
    a.setCorrective(corrective);
    a.setPreventive(preventive);
    a.setOwner(owner);
    a.setDueDate(due);
    a.setCreatedBy(actor);
    a.setCreatedAt(now());
    actions.save(a);
    journal(c, "ACTION_DEFINED", "纠正：" + corrective + "\n预防：" + preventive + "\n责任人：" + owner
        + "，期限：" + due, actor);
  }

  /** Follow-up check (default 30 days later); a recurrence reopens the complaint. */
  public void checkRecurrence(Long id, boolean recurred, String note, String actor) {
    text("followUpNote", note, 4000, true, "跟踪检查情况");
    Complaint c = inProgress(id);
    List<ComplaintAction> list = actions.findByComplaintIdOrderById(id);
    if (!list.isEmpty()) {
      ComplaintAction a = list.get(list.size() - 1);
      a.setRecurred(recurred);
      a.setFollowUpNote(note);
      a.setCheckedAt(now());
    }
    if (recurred) {
      c.setReopenCount(c.getReopenCount() + 1);
      c.setSatisfied(null);
    }
    journal(c, recurred ? "RECURRED" : "NOT_RECURRED", (recurred ? "问题再次发生，重新调查：" : "未再发生：") + note, actor);
  }

  /** Closes the complaint (only from 处理中, see {@link ComplaintStatus}); the actor is who completed the last step. */
  public void close(Long id, String actor) {
    Complaint c = get(id);
    move(c, ComplaintStatus.CLOSED);
    c.setClosedAt(now());
    journal(c, "CLOSED", "投诉结案", actor);
  }

  public void recordSurvey(Long id, String way, Long score, String comment, String actor) {
    Complaint c = get(id);
    requireStatus(c, ComplaintStatus.CLOSED);
    if (blank(way)) {
      throw new InvalidFieldException("surveyWay", "必须选择调查方式");
    }
    int s = score("surveyScore", score);
    text("surveyComment", comment, 4000, false, "客户意见");
    c.setSurveyScore(s);
    journal(c, "SURVEY", "满意度调查（" + way + "）评分 " + s + (comment == null ? "" : "：" + comment), actor);
  }

  public void recordSupervision(Long id, int level, String measures, String actor) {
    text("superviseMeasures", measures, 4000, true, "督办措施");
    journal(get(id), "SUPERVISED", (level == 1 ? "客户服务经理" : "高层管理团队") + "督办：" + measures, actor);
  }

  // ---------------------------------------------------------------- helpers

  /** The complaint, if there is one with this id. No access check. */
  public Optional<Complaint> find(Long id) {
    return complaints.findById(id);
  }

  public Complaint get(Long id) {
    return complaints.findById(id).orElseThrow(() -> new BusinessRuleException("投诉不存在：" + id));
  }

  public void journal(Complaint c, String kind, String note, String actor) {
    ComplaintEvent e = new ComplaintEvent();
    e.setComplaintId(c.getId());
    e.setKind(kind);
    e.setNote(note == null ? null : note.length() > 8000 ? note.substring(0, 8000) : note);
    e.setActor(actor);
    e.setCreatedAt(now());
    events.save(e);
  }

  private static int score(String field, Long score) {
    if (score == null || score < 1 || score > 5) {
      throw new InvalidFieldException(field, "满意度评分必须是 1 到 5 的整数" + (score == null ? "" : "，收到 " + score));
    }
    return score.intValue();
  }

  private static void code(String field, String value, Map<String, String> codes, String name) {
    if (blank(value)) {
      throw new InvalidFieldException(field, "必须填写" + name);
    }
    if (!codes.containsKey(value)) {
      throw new InvalidFieldException(field, name + "「" + value + "」无效，可选值：" + String.join("、", codes.keySet()));
    }
  }

  private static void text(String field, String value, int max, boolean required, String name) {
    if (blank(value)) {
      if (required) {
        throw new InvalidFieldException(field, "必须填写" + name);
      }
      return;
    }
    if (value.length() > max) {
      throw new InvalidFieldException(field, name + "超过 " + max + " 个字符（" + value.length() + "）");
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
