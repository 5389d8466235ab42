package com.crmflow.complaint.domain;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of complaint handling shares (SPEC P2; 001 §5(3), 004 §4.4/§5.3): finding a complaint, binding it
 * to the one process instance that handles it, the allowed status moves and the journal (处理记录). The steps
 * themselves are {@link ComplaintIntake}, {@link ComplaintTimeLimits}, {@link ComplaintHandling} and
 * {@link ComplaintClosure}.
 */
@Service
@Transactional
public class Complaints {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final int MAX_NOTE = 8000;

  private final ComplaintRepository complaints;
  private final ComplaintEventRepository events;
  private final ComplaintAttachmentRepository attachments;
  private final WorkingCalendar calendar;
  private final Clock clock;

  public Complaints(ComplaintRepository complaints, ComplaintEventRepository events,
      ComplaintAttachmentRepository attachments, WorkingCalendar calendar, Clock clock) {
    this.complaints = complaints;
    this.events = events;
    this.attachments = attachments;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Now, on the engine's clock (process tests move it). */
  public Instant now() {
    return clock.instant();
  }

  /** Today in the working calendar's time zone. */
  public LocalDate today() {
    return now().atZone(calendar.zone()).toLocalDate();
  }

  /** Date and time as shown to users, in the working calendar's time zone. */
  public String shown(Instant instant) {
    return instant == null ? "—" : SHOWN.format(instant.atZone(calendar.zone()));
  }

  /** The complaint, if there is one with this id. No access check. */
  public Optional<Complaint> find(Long id) {
    return complaints.findById(id);
  }

  public Complaint get(Long id) {
    return complaints.findById(id).orElseThrow(() -> new BusinessRuleException("投诉不存在：" + id));
  }

  /** Complaints of the customer not yet closed. */
  public long openComplaintsOf(Long customerId) {
    return complaints.countByCustomerIdAndStatusNot(customerId, Complaint.CLOSED);
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
  static void move(Complaint c, ComplaintStatus target) {
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

  /** The complaint, which must be 处理中 (assessed and not closed). */
  Complaint inProgress(Long id) {
    Complaint c = get(id);
    requireStatus(c, ComplaintStatus.IN_PROGRESS);
    return c;
  }

  /** One line of the complaint's journal (处理记录), at most {@value #MAX_NOTE} characters of note. */
  public void journal(Complaint c, String kind, String note, String actor) {
    ComplaintEvent e = new ComplaintEvent();
    e.setComplaintId(c.getId());
    e.setKind(kind);
    e.setNote(note == null ? null : note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note);
    e.setActor(actor);
    e.setCreatedAt(now());
    WrittenInThisTransaction.journaled(events.save(e));
  }

  /** The journal in order; of a complaint recorded in this transaction without a query (all of it is new). */
  public List<ComplaintEvent> journalOf(Long complaintId) {
    List<ComplaintEvent> written = WrittenInThisTransaction.journalOf(complaintId);
    return written != null ? written : events.findByComplaintIdOrderById(complaintId);
  }

  /** The complaint's files by name, type and size (their contents are not read). */
  public List<ComplaintAttachment.Listed> attachmentsOf(Long complaintId) {
    List<ComplaintAttachment.Listed> written = WrittenInThisTransaction.attachmentsOf(complaintId);
    return written != null ? written : attachments.listedOf(complaintId);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
