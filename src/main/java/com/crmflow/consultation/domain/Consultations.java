package com.crmflow.consultation.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of a consultation (SPEC P5.5) shares: finding it, binding it to the one process instance that
 * handles it, its journal, the engine's "now". The steps are {@link ConsultationIntake},
 * {@link ConsultationTimeLimits} and {@link ConsultationAnswering}.
 */
@Service
@Transactional
public class Consultations {

  public static final String NUMBER_PREFIX = "CSL";
  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ConsultationRepository consultations;
  private final ConsultationEventRepository events;
  private final CustomerDirectory customers;
  private final Clock clock;

  public Consultations(ConsultationRepository consultations, ConsultationEventRepository events,
      CustomerDirectory customers, Clock clock) {
    this.consultations = consultations;
    this.events = events;
    this.customers = customers;
    this.clock = clock;
  }

  /** The engine's clock (moved by process tests), so timers and records agree. */
  public Instant now() {
    return clock.instant();
  }

  /** Date and time as shown to users, in the working calendar's time zone (the clock's). */
  public String shown(Instant instant) {
    return instant == null ? "—" : SHOWN.format(instant.atZone(clock.getZone()));
  }

  public Consultation get(Long id) {
    return consultations.findById(id).orElseThrow(() -> new BusinessRuleException("咨询不存在：" + id));
  }

  public Optional<Consultation> byNumber(String number) {
    return consultations.findByConsultationNumber(number);
  }

  public Optional<Consultation> find(Long id) {
    return consultations.findById(id);
  }

  public Consultation save(Consultation c) {
    return consultations.save(c);
  }

  /** The newest consultations, {@code size} from {@code page}; no access check. */
  @Transactional(readOnly = true)
  public List<Consultation> newest(int page, int size) {
    return consultations.findAllByOrderByIdDesc(PageRequest.of(page, size));
  }

  /** The newest consultations of these customers; no access check. */
  @Transactional(readOnly = true)
  public List<Consultation> newestOf(Collection<Long> customerIds, int page, int size) {
    return customerIds.isEmpty() ? List.of()
        : consultations.findByCustomerIdInOrderByIdDesc(customerIds, PageRequest.of(page, size));
  }

  @Transactional(readOnly = true)
  public List<ConsultationEvent> journalOf(Long consultationId) {
    return events.findByConsultationIdOrderById(consultationId);
  }

  public Optional<Customer> customer(Consultation c) {
    return c.getCustomerId() == null ? Optional.empty() : customers.find(c.getCustomerId());
  }

  /** Who asked, as staff read it: the customer's name, else the enquirer's company. */
  public String enquirer(Consultation c) {
    return customer(c).map(Customer::getName).orElse(c.getCompanyName());
  }

  /** Binds the consultation to its process instance, once; one of another instance is refused. */
  public void attachProcess(Long id, String processInstanceId) {
    Consultation c = get(id);
    if (c.getProcessInstanceId() != null && !c.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("咨询 " + c.getConsultationNumber() + " 已由另一个流程实例办理");
    }
    c.setProcessInstanceId(processInstanceId);
  }

  /**
   * The consultation a process step works on, checked against the step's process instance: one bound to another
   * instance (or to none) is refused, whatever id the process variables hold.
   */
  public Consultation boundTo(Long id, String processInstanceId) {
    if (id == null) {
      throw new BusinessRuleException("流程缺少咨询编号（consultationId）");
    }
    Consultation c = get(id);
    if (c.getProcessInstanceId() == null || !c.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("咨询 " + c.getConsultationNumber()
          + (c.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例不能修改它");
    }
    return c;
  }

  /** One line of the consultation's journal. */
  public void journal(Consultation c, String kind, String note, String actor) {
    ConsultationEvent e = new ConsultationEvent();
    e.setConsultationId(c.getId());
    e.setKind(kind);
    e.setNote(note.length() > 2000 ? note.substring(0, 2000) : note);
    e.setActor(actor);
    e.setCreatedAt(now());
    events.save(e);
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The first line of a text, at most {@code max} characters. */
  public static String oneLine(String s, int max) {
    if (s == null) {
      return "";
    }
    String line = s.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > max ? line.substring(0, max) + "…" : line;
  }
}
