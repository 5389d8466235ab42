package com.crmflow.visit.api;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.visit.process.VisitScheduler;
import com.crmflow.visit.process.VisitScheduler.SweepResult;
import com.crmflow.visit.domain.Visit;
import com.crmflow.visit.domain.VisitRepository;
import com.crmflow.visit.domain.VisitImprovements;
import com.crmflow.visit.domain.Visits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Return visits (SPEC P4): starting cycles for customers without one, crm-dept's list of overdue visits, and a
 * customer's visits with their improvement items and journal. A customer's visits are shown to its owner and to
 * whoever may see the customer (CustomerAccess: owner, team leads, crm-dept, senior-management, supervisor);
 * everyone else gets 404, as if the customer had none.
 */
@RestController
@RequestMapping("/api/visits")
public class VisitController {

  /** Groups that see every customer's visits (003 §3.4: crm-dept monitors; management and auditors read). */
  static final Set<String> OVERSEERS = Set.of("crm-dept", "senior-management", "supervisor", "camunda-admin");
  /** Groups that start visit cycles. */

  private final VisitScheduler scheduler;
  private final Visits visits;
  private final VisitImprovements improvements;
  private final VisitRepository visitRepository;
  private final CustomerDirectory customers;
  private final Complaints complaints;
  private final CurrentUser currentUser;
  private final com.crmflow.customer.access.CustomerAccess customerAccess;

  public VisitController(VisitScheduler scheduler, Visits visits, VisitImprovements improvements,
      VisitRepository visitRepository, CustomerDirectory customers, Complaints complaints, CurrentUser currentUser,
      com.crmflow.customer.access.CustomerAccess customerAccess) {
    this.customerAccess = customerAccess;
    this.scheduler = scheduler;
    this.visits = visits;
    this.improvements = improvements;
    this.visitRepository = visitRepository;
    this.customers = customers;
    this.complaints = complaints;
    this.currentUser = currentUser;
  }

  /**
   * Starts a visit cycle for every ACTIVE customer without one ({@code customerId}: only that customer, 400 when
   * it is inactive or already has one). The nightly sweep does the same.
   */
  @PreAuthorize("hasAnyAuthority('GROUP_crm-dept', 'GROUP_camunda-admin')")
  @DeniedMessage("只有客户关系管理部门可以安排回访周期")
  @PostMapping("/cycles")
  public ResponseEntity<SweepResult> startCycles(@RequestParam(required = false) Long customerId) {
    if (customerId != null) {
      Visit v = scheduler.startCycle(customerId, currentUser.id());
      return ResponseEntity.status(HttpStatus.CREATED).body(new SweepResult(1, 0, List.of(v.getVisitNumber())));
    }
    return ResponseEntity.ok(scheduler.startMissingCycles(currentUser.id()));
  }

  public record OverdueView(String visitNumber, Long customerId, String customerName, String grade, String owner,
      LocalDate dueDate, long daysOverdue, int overdueLevel, Instant warnedAt, Instant escalatedAt) {}

  /** SPEC P4.4: overdue visits (owner warned, or escalated to crm-dept), the oldest first. */
  @PreAuthorize("hasAnyAuthority('GROUP_crm-dept', 'GROUP_senior-management', 'GROUP_supervisor', 'GROUP_camunda-admin')")
  @DeniedMessage("只有客户关系管理部门、高层管理团队和监督部门可以查看逾期回访")
  @GetMapping("/overdue")
  @Transactional(readOnly = true)
  public List<OverdueView> overdue() {
    LocalDate today = visits.today();
    return visitRepository.findOverdue().stream().map(v -> {
      Customer c = customers.find(v.getCustomerId()).orElseThrow();
      return new OverdueView(v.getVisitNumber(), c.getId(), c.getName(), c.getGrade(), v.getOwner(), v.getDueDate(),
          ChronoUnit.DAYS.between(v.getDueDate(), today), v.getOverdueLevel(), v.getWarnedAt(), v.getEscalatedAt());
    }).toList();
  }

  public record ImprovementView(Long id, String department, String issue, String status, String result,
      Instant dueAt, String handledBy, Instant handledAt) {}

  public record EventView(String kind, String note, String actor, Instant at) {}

  public record VisitView(String visitNumber, Long customerId, String customerName, String status, String grade,
      String cycle, LocalDate cycleFrom, LocalDate dueDate, String owner, int overdueLevel, Instant doneAt,
      String visitedBy, LocalDate visitDate, String way, String projectProgress, Integer satisfaction,
      String changedNeeds, String opinions, boolean complaintRaised, String complaintNumber, String cancelReason,
      String processInstanceId, List<ImprovementView> improvements, List<EventView> journal) {}

  /** The customer's visit cycles, the latest first. */
  @GetMapping
  @Transactional(readOnly = true)
  public List<VisitView> ofCustomer(@RequestParam Long customerId) {
    Customer c = visible(customers.find(customerId).orElse(null), "找不到客户 " + customerId);
    return visits.visitsOf(c.getId()).stream().map(v -> view(v, c)).toList();
  }

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  public VisitView get(@PathVariable String number) {
    Visit v = visitRepository.findByVisitNumber(number).orElseThrow(() -> new NotFoundException("找不到回访 " + number));
    return view(v, visible(customers.find(v.getCustomerId()).orElse(null), "找不到回访 " + number));
  }

  private Customer visible(Customer c, String notFound) {
    if (c == null || !customerAccess.canSee(c)) {
      throw new NotFoundException(notFound);
    }
    return c;
  }

  private VisitView view(Visit v, Customer c) {
    String complaintNumber = v.getComplaintId() == null ? null
        : complaints.find(v.getComplaintId()).map(x -> x.getComplaintNumber()).orElse(null);
    return new VisitView(v.getVisitNumber(), c.getId(), c.getName(), v.getStatus(), v.getGrade(), v.getVisitCycle(),
        v.getCycleFrom(), v.getDueDate(), v.getOwner(), v.getOverdueLevel(), v.getDoneAt(), v.getVisitedBy(),
        v.getVisitDate(), v.getWay(), v.getProjectProgress(), v.getSatisfaction(), v.getChangedNeeds(),
        v.getOpinions(), v.isComplaintRaised(), complaintNumber, v.getCancelReason(), v.getProcessInstanceId(),
        improvements.improvementsOf(v.getId()).stream().map(i -> new ImprovementView(i.getId(), i.getDepartment(),
            i.getIssue(), i.getStatus(), i.getResult(), i.getDueAt(), i.getHandledBy(), i.getHandledAt())).toList(),
        visits.journalOf(v.getId()).stream().map(e -> new EventView(e.getKind(), e.getNote(), e.getActor(),
            e.getCreatedAt())).toList());
  }
}
