package com.crmflow.consultation.api;

import static com.crmflow.consultation.domain.ConsultationCodes.*;

import com.crmflow.consultation.domain.Consultation;
import com.crmflow.consultation.domain.ConsultationInput;
import com.crmflow.consultation.domain.Consultations;
import com.crmflow.consultation.process.ConsultationStarts;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.DeniedMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer consultations (SPEC P5.5): customer service records an enquiry (the consultation and its
 * {@code customer-consultation} process in one transaction), and reading them. Customer service
 * ({@code cs-specialist}, {@code cs-manager}) and those who see every customer (crm-dept, senior-management,
 * supervisor) read every consultation; anyone else only those of the customers they may see (the owner and the
 * leads of the owner's teams, {@link CustomerAccess}) — everything else is 404, as if it did not exist. Reading one
 * consultation (with the enquirer's contact) is audited.
 */
@RestController
@RequestMapping("/api/consultations")
public class ConsultationController {

  /** Read every consultation. */
  static final Set<String> READ_ALL = Set.of("cs-specialist", "cs-manager", "crm-dept", "senior-management",
      "supervisor", "camunda-admin");
  static final Pattern NUMBER = Pattern.compile("^CSL-\\d{4}-\\d{6}$");
  static final int MAX_SIZE = 200;

  private final ConsultationStarts starts;
  private final Consultations consultations;
  private final CustomerDirectory customers;
  private final CustomerAccess customerAccess;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  public ConsultationController(ConsultationStarts starts, Consultations consultations, CustomerDirectory customers,
      CustomerAccess customerAccess, CurrentUser currentUser, AuditLog audit) {
    this.starts = starts;
    this.consultations = consultations;
    this.customers = customers;
    this.customerAccess = customerAccess;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /** The consultation as JSON; the rules of each field are {@link ConsultationInput}'s. */
  public record ConsultationRequest(String channel, Long customerId, String companyName, String contactName,
      String contactPhone, String contactEmail, String question, Boolean cooperationIntent) {}

  public record ConsultationCreated(Long id, String consultationNumber, Long customerId, String status,
      Instant receivedAt, Instant dueAt) {}

  @PreAuthorize("hasAnyAuthority('GROUP_cs-specialist', 'GROUP_cs-manager', 'GROUP_camunda-admin')")
  @DeniedMessage("只有客户服务专员和客户服务经理可以受理客户咨询")
  @PostMapping
  public ResponseEntity<ConsultationCreated> create(@RequestBody ConsultationRequest r) {
    Consultation c = starts.start(new ConsultationInput(r.channel(), r.customerId(), r.companyName(),
        r.contactName(), r.contactPhone(), r.contactEmail(), r.question(), r.cooperationIntent()), currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(new ConsultationCreated(c.getId(),
        c.getConsultationNumber(), c.getCustomerId(), c.getStatus(), c.getReceivedAt(), c.getDueAt()));
  }

  public record ConsultationSummary(Long id, String consultationNumber, String channel, String channelLabel,
      Long customerId, String enquirer, String status, String statusLabel, boolean cooperationIntent,
      String receivedBy, Instant receivedAt, Instant dueAt, Instant answeredAt, String answeredBy, Boolean met,
      boolean escalated, String leadNumber) {}

  public record JournalLine(Instant at, String kind, String note, String actor) {}

  public record ConsultationView(Long id, String consultationNumber, String channel, String channelLabel,
      Long customerId, String customerName, String companyName, String contactName, String contactPhone,
      String contactEmail, String question, boolean cooperationIntent, String status, String statusLabel,
      String receivedBy, Instant receivedAt, Instant dueAt, Instant warnedAt, Instant escalatedAt,
      String superviseMeasures, String supervisedBy, Instant seniorEscalatedAt, String seniorSuperviseMeasures,
      String seniorSupervisedBy, String answer, String answerWay, Boolean resolved,
      String answeredBy, Instant answeredAt, Boolean met, String leadNumber, String processInstanceId,
      List<JournalLine> journal) {}

  /** The newest consultations the caller may read, {@code size} (at most 200) from {@code page}. */
  @GetMapping
  @Transactional(readOnly = true)
  public List<ConsultationSummary> list(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw new InvalidFieldException("page", "页码不能为负数");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidFieldException("size", "每页条数须在 1 到 " + MAX_SIZE + " 之间");
    }
    List<Consultation> found;
    if (readsAll()) {
      found = consultations.newest(page, size);
    } else {
      List<Long> visible = customerAccess.visibleOwners()
          .map(owners -> owners.isEmpty() ? List.<Customer>of() : customers.activeCustomersOwnedBy(owners))
          .orElseGet(List::of).stream().map(Customer::getId).toList();
      found = consultations.newestOf(visible, page, size);
    }
    return found.stream().map(c -> new ConsultationSummary(c.getId(), c.getConsultationNumber(), c.getChannel(),
        label(CHANNELS, c.getChannel()), c.getCustomerId(), consultations.enquirer(c), c.getStatus(),
        label(STATUSES, c.getStatus()), Boolean.TRUE.equals(c.getCooperationIntent()), c.getReceivedBy(),
        c.getReceivedAt(), c.getDueAt(), c.getAnsweredAt(), c.getAnsweredBy(), c.getMet(), c.getEscalatedAt() != null,
        c.getLeadNumber())).toList();
  }

  /** One consultation by its id or number (CSL-2026-000001), with the enquirer's contact and the journal. */
  @GetMapping("/{ref}")
  @Transactional(readOnly = true)
  public ConsultationView get(@PathVariable String ref) {
    Consultation c = find(ref);
    Customer customer = consultations.customer(c).orElse(null);
    if (!readsAll() && (customer == null || !customerAccess.canSee(customer))) {
      audit.record(AuditLog.DENIED, "consultation", c.getId(), "read refused: not customer service, customer not visible");
      throw new NotFoundException("找不到咨询 " + ref);
    }
    audit.record(AuditLog.READ, "consultation", c.getId(), "read " + c.getConsultationNumber());
    return new ConsultationView(c.getId(), c.getConsultationNumber(), c.getChannel(), label(CHANNELS, c.getChannel()),
        c.getCustomerId(), customer == null ? null : customer.getName(), c.getCompanyName(), c.getContactName(),
        c.getContactPhone(), c.getContactEmail(), c.getQuestion(), Boolean.TRUE.equals(c.getCooperationIntent()),
        c.getStatus(), label(STATUSES, c.getStatus()), c.getReceivedBy(), c.getReceivedAt(), c.getDueAt(),
        c.getWarnedAt(), c.getEscalatedAt(), c.getSuperviseMeasures(), c.getSupervisedBy(), c.getSeniorEscalatedAt(),
        c.getSeniorSuperviseMeasures(), c.getSeniorSupervisedBy(), c.getAnswer(),
        c.getAnswerWay(), c.getResolved(), c.getAnsweredBy(), c.getAnsweredAt(), c.getMet(), c.getLeadNumber(),
        c.getProcessInstanceId(), consultations.journalOf(c.getId()).stream()
            .map(e -> new JournalLine(e.getCreatedAt(), e.getKind(), e.getNote(), e.getActor())).toList());
  }

  private Consultation find(String ref) {
    if (NUMBER.matcher(ref).matches()) {
      return consultations.byNumber(ref).orElseThrow(() -> new NotFoundException("找不到咨询 " + ref));
    }
    try {
      return consultations.find(Long.valueOf(ref)).orElseThrow(() -> new NotFoundException("找不到咨询 " + ref));
    } catch (NumberFormatException e) {
      throw new NotFoundException("找不到咨询 " + ref);
    }
  }

  private boolean readsAll() {
    return currentUser.inAnyOf(READ_ALL);
  }
}
