package com.crmflow.visit.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of return visits (SPEC P4) shares: finding a visit and its customer, checking that a visit
 * belongs to the process instance working on it, the visit's journal and the engine's "now" in the working
 * calendar's time zone. The steps themselves are {@link VisitPlanning}, {@link VisitRecording},
 * {@link VisitImprovements} and {@link VisitDeadlines}.
 */
@Service
@Transactional
public class Visits {

  public static final String SYSTEM = "system";
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final VisitRepository visits;
  private final VisitEventRepository events;
  private final CustomerDirectory customers;
  private final WorkingCalendar calendar;

  public Visits(VisitRepository visits, VisitEventRepository events, CustomerDirectory customers,
      WorkingCalendar calendar) {
    this.visits = visits;
    this.events = events;
    this.customers = customers;
    this.calendar = calendar;
  }

  /** The engine's clock (moved by process tests), so timers and records agree. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in the working calendar's time zone. */
  /** A visit due in a period: its owner and whether it was done by its due date (P7.3). */
  public record DueVisit(String visitNumber, Long customerId, String owner, LocalDate dueDate, boolean onTime) {}

  /**
   * The visits (not cancelled) due in [from, to], oldest first: on time when done with a visit date no later than
   * the due date (read only; published for the quarterly evaluation).
   */
  @Transactional(readOnly = true)
  public List<DueVisit> dueBetween(LocalDate from, LocalDate to) {
    return visits.dueBetween(from, to).stream().map(v -> new DueVisit(v.getVisitNumber(), v.getCustomerId(),
        v.getOwner(), v.getDueDate(), Visit.DONE.equals(v.getStatus()) && v.getVisitDate() != null
            && !v.getVisitDate().isAfter(v.getDueDate()))).toList();
  }

  public LocalDate today() {
    return dateOf(now());
  }

  /** The day of an instant in the working calendar's time zone. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(calendar.zone()).toLocalDate();
  }

  public String shown(Instant instant) {
    return instant == null ? "—" : SHOWN.format(instant.atZone(calendar.zone()));
  }

  public Visit get(Long visitId) {
    return visits.findById(visitId).orElseThrow(() -> new BusinessRuleException("回访记录不存在：" + visitId));
  }

  public Customer customer(Long customerId) {
    return customers.find(customerId)
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户编号 " + customerId + " 不存在"));
  }

  public Optional<Visit> openVisit(Long customerId) {
    return visits.findByOpenCustomerId(customerId);
  }

  public List<Visit> visitsOf(Long customerId) {
    return visits.findByCustomerIdOrderByDueDateDescIdDesc(customerId);
  }

  public Optional<Visit> lastVisit(Long customerId) {
    return visits.findFirstByCustomerIdAndStatusOrderByDoneAtDesc(customerId, Visit.DONE);
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

  public List<VisitEvent> journalOf(Long visitId) {
    return events.findByVisitIdOrderById(visitId);
  }

  /** One line of the visit's journal (who did what when), shown on the tasks and by the API. */
  public void journal(Visit v, String kind, String note, String actor) {
    VisitEvent e = new VisitEvent();
    e.setVisitId(v.getId());
    e.setKind(kind);
    e.setNote(abbreviate(note, 2000));
    e.setActor(actor == null ? SYSTEM : actor);
    e.setCreatedAt(now());
    events.save(e);
  }

  static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
