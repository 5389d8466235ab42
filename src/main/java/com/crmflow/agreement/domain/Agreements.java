package com.crmflow.agreement.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of cooperation agreements (SPEC P6) shares: finding an agreement and its customer, checking that
 * an agreement belongs to the process instance working on it, the agreement's journal and the engine's clock. The
 * steps are {@link AgreementDrafting}, {@link LegalReview} and {@link Signing}. {@link #ofCustomer} is the published
 * query for the customer archive.
 */
@Service
@Transactional
public class Agreements {

  public static final String SYSTEM = "system";

  /** The statuses as staff read them. */
  public static final Map<String, String> STATUSES = Map.of(Agreement.DRAFT, "待法务审核",
      Agreement.CHANGES_REQUESTED, "待修改", Agreement.APPROVED, "待签订", Agreement.IN_FORCE, "已生效",
      Agreement.EXPIRED, "已到期", Agreement.TERMINATED, "已终止", Agreement.SUPERSEDED, "已由修订版本取代");

  private final AgreementRepository agreements;
  private final AgreementEventRepository events;
  private final CustomerDirectory customers;
  private final Clock clock;

  public Agreements(AgreementRepository agreements, AgreementEventRepository events, CustomerDirectory customers,
      Clock clock) {
    this.agreements = agreements;
    this.events = events;
    this.customers = customers;
    this.clock = clock;
  }

  /** An agreement as the customer archive lists it. */
  public record AgreementSummary(String agreementNumber, String title, String status, LocalDate startDate,
      LocalDate endDate) {}

  /** The customer's agreements, the latest term first: number, status and term (for the customer archive). */
  @Transactional(readOnly = true)
  public List<AgreementSummary> ofCustomer(Long customerId) {
    return agreements.findByCustomerIdOrderByStartDateDescIdDesc(customerId).stream()
        .map(a -> new AgreementSummary(a.getAgreementNumber(), a.getTitle(), a.getStatus(), a.getStartDate(),
            a.getEndDate())).toList();
  }

  /**
   * The agreements in force that may be changed (amended, terminated): all of them ({@code drafter} null, for legal)
   * or those {@code drafter} drafted; at most 500, by number.
   */
  @Transactional(readOnly = true)
  public List<Agreement> inForce(String drafter) {
    return drafter == null ? agreements.findTop500ByStatusOrderByAgreementNumber(Agreement.IN_FORCE)
        : agreements.findTop500ByStatusAndDraftedByOrderByAgreementNumber(Agreement.IN_FORCE, drafter);
  }

  public Instant now() {
    return clock.instant();
  }

  /** Today in the clock's (the working calendar's) time zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Clock clock() {
    return clock;
  }

  public static String status(String code) {
    return STATUSES.getOrDefault(code, code);
  }

  public Agreement get(Long agreementId) {
    return agreements.findById(agreementId)
        .orElseThrow(() -> new BusinessRuleException("合作协议不存在：" + agreementId));
  }

  @Transactional(readOnly = true)
  public Optional<Agreement> find(String agreementNumber) {
    return agreements.findByAgreementNumber(agreementNumber);
  }

  public Customer customer(Long customerId) {
    return customers.find(customerId)
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户编号 " + customerId + " 不存在"));
  }

  /** Binds the agreement to the process instance working on it, once; an agreement of another instance is refused. */
  public void attachProcess(Long agreementId, String processInstanceId) {
    Agreement a = get(agreementId);
    if (a.getProcessInstanceId() != null && !a.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 已由另一个流程实例办理");
    }
    a.setProcessInstanceId(processInstanceId);
  }

  /**
   * The agreement a process step works on, checked against the step's process instance: an agreement bound to
   * another instance (or to none) is refused, whatever id the process variables hold.
   */
  public Agreement boundTo(Long agreementId, String processInstanceId) {
    if (agreementId == null) {
      throw new BusinessRuleException("流程缺少合作协议编号（agreementId）");
    }
    Agreement a = get(agreementId);
    if (a.getProcessInstanceId() == null || !a.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber()
          + (a.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例不能修改它");
    }
    return a;
  }

  /** Refused unless the agreement is in {@code expected} (a step moved in out of order, e.g. by Cockpit). */
  static void requireStatus(Agreement a, String expected, String step) {
    if (!expected.equals(a.getStatus())) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 的状态为「" + status(a.getStatus())
          + "」，" + step + "只能在「" + status(expected) + "」时办理");
    }
  }

  @Transactional(readOnly = true)
  public List<AgreementEvent> journalOf(Long agreementId) {
    return events.findByAgreementIdOrderById(agreementId);
  }

  /** One line of the agreement's journal (who did what when), shown on the tasks and by the API. */
  public void journal(Agreement a, String kind, String note, String actor) {
    AgreementEvent e = new AgreementEvent();
    e.setAgreementId(a.getId());
    e.setKind(kind);
    e.setNote(note == null || note.length() <= 2000 ? note : note.substring(0, 1999) + "…");
    e.setActor(actor == null ? SYSTEM : actor);
    e.setCreatedAt(now());
    events.save(e);
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
