package com.crmflow.development.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of customer development (SPEC P5) shares: finding a lead, its customer, visits and follow-ups,
 * checking that a lead belongs to the process instance working on it, and the engine's "now". The steps are
 * {@link LeadCapture}, {@link LeadVisitPlanning}, {@link FollowUps} and {@link LeadOutcome}.
 */
@Service
@Transactional
public class Leads {

  public static final String NUMBER_PREFIX = "LEAD";
  public static final Set<String> CLOSED_STATUSES = Set.of(Lead.CONVERTED, Lead.CLOSED);

  private final LeadRepository leads;
  private final LeadVisitRepository visits;
  private final LeadFollowUpRepository followUps;
  private final CustomerDirectory customers;
  private final Clock clock;

  public Leads(LeadRepository leads, LeadVisitRepository visits, LeadFollowUpRepository followUps,
      CustomerDirectory customers, Clock clock) {
    this.leads = leads;
    this.visits = visits;
    this.followUps = followUps;
    this.customers = customers;
    this.clock = clock;
  }

  /** The engine's clock (moved by process tests), so timers and records agree. */
  public Instant now() {
    return clock.instant();
  }

  /** Today in the working calendar's time zone (the clock's). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Lead get(Long leadId) {
    return leads.findById(leadId).orElseThrow(() -> new BusinessRuleException("线索不存在：" + leadId));
  }

  public Optional<Lead> byNumber(String number) {
    return leads.findByLeadNumber(number);
  }

  /** The customer's newest lead that is neither converted nor closed, if any. */
  public Optional<Lead> openLeadOf(Long customerId) {
    return leads.findByCustomerIdOrderByIdDesc(customerId).stream()
        .filter(l -> !CLOSED_STATUSES.contains(l.getStatus())).findFirst();
  }

  public Lead save(Lead lead) {
    return leads.save(lead);
  }

  public Customer customer(Lead lead) {
    return customers.find(lead.getCustomerId())
        .orElseThrow(() -> new NotFoundException("找不到线索 " + lead.getLeadNumber() + " 的客户"));
  }

  public List<LeadVisit> visitsOf(Long leadId) {
    return visits.findByLeadIdOrderById(leadId);
  }

  public Optional<LeadVisit> latestVisit(Long leadId) {
    return visits.findFirstByLeadIdOrderByIdDesc(leadId);
  }

  public LeadVisit saveVisit(LeadVisit visit) {
    return visits.save(visit);
  }

  public List<LeadFollowUp> followUpsOf(Long leadId) {
    return followUps.findByLeadIdOrderById(leadId);
  }

  public LeadFollowUp saveFollowUp(LeadFollowUp followUp) {
    return followUps.save(followUp);
  }

  /** Binds the lead to its process instance, once; a lead of another instance is refused. */
  public void attachProcess(Long leadId, String processInstanceId) {
    Lead l = get(leadId);
    if (l.getProcessInstanceId() != null && !l.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("线索 " + l.getLeadNumber() + " 已由另一个流程实例办理");
    }
    l.setProcessInstanceId(processInstanceId);
  }

  /**
   * The lead a process step works on, checked against the step's process instance: a lead bound to another
   * instance (or to none) is refused, whatever id the process variables hold.
   */
  public Lead boundTo(Long leadId, String processInstanceId) {
    if (leadId == null) {
      throw new BusinessRuleException("流程缺少线索编号（leadId）");
    }
    Lead l = get(leadId);
    if (l.getProcessInstanceId() == null || !l.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("线索 " + l.getLeadNumber()
          + (l.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例不能修改它");
    }
    return l;
  }

  /** The lead, refused when it is already converted or closed. */
  public Lead open(Long leadId) {
    Lead l = get(leadId);
    if (CLOSED_STATUSES.contains(l.getStatus())) {
      throw new BusinessRuleException("线索 " + l.getLeadNumber() + " 已" + (Lead.CONVERTED.equals(l.getStatus())
          ? "转化为合作客户" : "关闭") + "，不能再办理");
    }
    return l;
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
