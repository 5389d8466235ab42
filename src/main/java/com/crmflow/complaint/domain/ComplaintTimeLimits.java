package com.crmflow.complaint.domain;

import static com.crmflow.complaint.domain.ComplaintCodes.CATEGORIES;
import static com.crmflow.complaint.domain.ComplaintCodes.SEVERITIES;
import static com.crmflow.complaint.domain.ComplaintCodes.label;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time limits (时限) of complaint handling (SPEC P2.3, P2.7; 004 §5.3): the initial response within 24 h of
 * intake and the result fed back within 48 h after handling ends (per severity, from {@link ComplaintSettings}),
 * each with its 75 % warning and its two escalation levels; whether each was kept.
 */
@Service
@Transactional
public class ComplaintTimeLimits {

  private final ComplaintDeadlineRepository deadlines;
  private final Complaints complaints;
  private final ComplaintSettings settings;
  private final WorkingCalendar calendar;
  private final CustomerDirectory customers;

  public ComplaintTimeLimits(ComplaintDeadlineRepository deadlines, Complaints complaints, ComplaintSettings settings,
      WorkingCalendar calendar, CustomerDirectory customers) {
    this.deadlines = deadlines;
    this.complaints = complaints;
    this.settings = settings;
    this.calendar = calendar;
    this.customers = customers;
  }

  /** Opens a deadline that starts then: due, warning and second-level escalation times from the settings. */
  public ComplaintDeadline openDeadline(Complaint c, String kind, Instant start) {
    int round = deadlines.findFirstByComplaintIdAndKindOrderByRoundNoDesc(c.getId(), kind)
        .map(d -> d.getRoundNo() + 1).orElse(1);
    return open(c, kind, start, round);
  }

  /**
   * The first deadline of a complaint recorded in this transaction (it has none yet): round 1, without looking up
   * earlier rounds.
   */
  ComplaintDeadline openFirstDeadline(Complaint c, String kind, Instant start) {
    return open(c, kind, start, 1);
  }

  private ComplaintDeadline open(Complaint c, String kind, Instant start, int round) {
    ComplaintSettings.Deadline rule = settings.deadline(kind);
    Duration window = rule.forSeverity(c.getSeverity());
    ComplaintDeadline d = new ComplaintDeadline();
    d.setComplaintId(c.getId());
    d.setKind(kind);
    d.setRoundNo(round);
    d.setStartedAt(start);
    d.setDueAt(after(start, window, 1.0, rule.workingTime()));
    d.setWarnAt(after(start, window, settings.warningAt(), rule.workingTime()));
    d.setEscalateAt(after(start, window, 1.0 + settings.secondLevelAfter(), rule.workingTime()));
    d.setBreachLevel(0);
    ComplaintDeadline saved = deadlines.save(d);
    WrittenInThisTransaction.remember(saved);
    return saved;
  }

  private Instant after(Instant start, Duration window, double share, boolean workingTime) {
    Duration d = Duration.ofMillis(Math.round(window.toMillis() * share));
    return workingTime ? calendar.plusWorkingTime(start.atZone(calendar.zone()), d).toInstant() : start.plus(d);
  }

  /** Handling ended: the result must reach the customer within the feedback deadline (48 h by default). */
  public ComplaintDeadline startFeedbackDeadline(Long complaintId) {
    return openDeadline(complaints.inProgress(complaintId), ComplaintDeadline.RESULT_FEEDBACK, complaints.now());
  }

  /**
   * The latest round of a kind of deadline. One opened in this transaction is the latest (a round is always one more
   * than the last): it is answered without a query — the intake opens the first round and the process, started in
   * the same transaction, asks for it at once.
   */
  public ComplaintDeadline latestDeadline(Long complaintId, String kind) {
    ComplaintDeadline opened = WrittenInThisTransaction.latest(complaintId, kind);
    if (opened != null) {
      return opened;
    }
    return deadlines.findFirstByComplaintIdAndKindOrderByRoundNoDesc(complaintId, kind)
        .orElseThrow(() -> new BusinessRuleException("投诉 " + complaintId + " 没有" + kind + "时限"));
  }

  /** All deadlines in id order; of a complaint recorded in this transaction without a query (all of them are new). */
  public List<ComplaintDeadline> deadlinesOf(Long complaintId) {
    List<ComplaintDeadline> written = WrittenInThisTransaction.deadlinesOf(complaintId);
    return written != null ? written : deadlines.findByComplaintIdOrderById(complaintId);
  }

  /**
   * A deadline by id. One opened in this transaction is the same managed object the repository would return from
   * the persistence context; it is answered without the repository's proxies (the intake's three timers and its task
   * ask for the new deadline four times).
   */
  public ComplaintDeadline deadline(Long deadlineId) {
    ComplaintDeadline opened = WrittenInThisTransaction.byId(deadlineId);
    if (opened != null) {
      return opened;
    }
    return deadlines.findById(deadlineId).orElseThrow(() -> new BusinessRuleException("时限记录不存在：" + deadlineId));
  }

  /** The deadline is kept (or not) when its task is done: met = done no later than the due time. */
  public void completeDeadline(Long complaintId, Long deadlineId) {
    ComplaintDeadline d = deadline(deadlineId);
    if (!d.getComplaintId().equals(complaintId)) {
      throw new BusinessRuleException("时限记录 " + deadlineId + " 不属于投诉 "
          + complaints.get(complaintId).getComplaintNumber());
    }
    if (d.getCompletedAt() == null) {
      Instant done = complaints.now();
      d.setCompletedAt(done);
      d.setMet(!done.isAfter(d.getDueAt()));
    }
  }

  public void recordWarning(Long deadlineId) {
    deadline(deadlineId).setWarnedAt(complaints.now());
  }

  /** Level 1: due time passed (cs-manager); level 2: second escalation time passed (senior-management). */
  public void recordBreach(Long deadlineId, int level) {
    ComplaintDeadline d = deadline(deadlineId);
    d.setBreachLevel(Math.max(d.getBreachLevel(), level));
    Complaint c = complaints.get(d.getComplaintId());
    complaints.journal(c, "DEADLINE_BREACHED", deadlineName(d) + "已超时（" + complaints.shown(d.getDueAt())
        + " 到期），升级至" + (level == 1 ? "客户服务经理" : "高层管理团队"), null);
  }

  public static String deadlineName(ComplaintDeadline d) {
    return ComplaintDeadline.INITIAL_RESPONSE.equals(d.getKind()) ? "首次响应时限" : "结果反馈时限";
  }

  /** The placeholders of the mails about a complaint and (when given) one of its deadlines. */
  public Map<String, Object> params(Complaint c, ComplaintDeadline d) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("complaintNumber", c.getComplaintNumber());
    p.put("customerName", customers.find(c.getCustomerId()).map(Customer::getName).orElse(""));
    p.put("category", label(CATEGORIES, c.getCategory()));
    p.put("severity", label(SEVERITIES, c.getSeverity()));
    if (d != null) {
      p.put("deadlineName", deadlineName(d));
      p.put("dueAt", complaints.shown(d.getDueAt()));
      p.put("promisedAt", complaints.shown(d.getDueAt()));
    }
    return p;
  }
}
