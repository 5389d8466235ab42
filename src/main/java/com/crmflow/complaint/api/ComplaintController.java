package com.crmflow.complaint.api;

import static com.crmflow.complaint.process.ComplaintVariables.*;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.complaint.domain.ComplaintIntake;
import com.crmflow.complaint.domain.ComplaintIntake.AttachmentInput;
import com.crmflow.complaint.domain.ComplaintIntake.ComplaintInput;
import com.crmflow.complaint.domain.ComplaintTimeLimits;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.platform.process.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaint intake from every channel (SPEC P2.1) — web form, e-mail gateway, online service, hotline systems —
 * and reading a complaint with its deadlines and journal. A client that retries with the same
 * {@code Idempotency-Key} gets the same complaint back, never a second one.
 */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

  /** Groups that see every complaint. */
  static final Set<String> OVERSEERS = Set.of("cs-specialist", "cs-manager", "crm-dept", "senior-management",
      "supervisor", "camunda-admin");
  static final int MAX_KEY_LENGTH = 100;
  static final String NOT_PERMITTED = "您无权受理客户投诉（「客户投诉处理」流程）";
  /** Base64 of the largest attachment; longer text is refused before it is decoded. */
  static final int MAX_BASE64_LENGTH = (ComplaintIntake.MAX_ATTACHMENT_BYTES + 2) / 3 * 4;

  private final ComplaintIntake intake;
  private final Complaints complaints;
  private final ComplaintTimeLimits timeLimits;
  private final ComplaintRepository complaintRepository;
  private final CustomerDirectory customers;
  private final ProcessEngine engine;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  public ComplaintController(ComplaintIntake intake, Complaints complaints, ComplaintTimeLimits timeLimits,
      ComplaintRepository complaintRepository, CustomerDirectory customers, ProcessEngine engine,
      RuntimeService runtimeService, CurrentUser currentUser, TransactionTemplate transaction, ObjectMapper json) {
    this.intake = intake;
    this.complaints = complaints;
    this.timeLimits = timeLimits;
    this.complaintRepository = complaintRepository;
    this.customers = customers;
    this.engine = engine;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.transaction = transaction;
    this.json = json;
  }

  /**
   * One attached file as JSON. Only what is about the JSON is checked here (the content is Base64, not longer than
   * the largest file, checked before it is decoded); the rules of an attachment are {@link AttachmentInput}'s.
   */
  public record AttachmentRequest(
      String fileName,
      String contentType,
      @NotNull @Size(max = MAX_BASE64_LENGTH) String contentBase64) {}

  /**
   * The complaint as JSON. The rules of each field (required, codes, lengths, e-mail, at most five attachments) are
   * declared once, on {@link ComplaintInput}, and checked by {@link ComplaintIntake}; here only that no attachment
   * is {@code null}.
   */
  public record ComplaintRequest(
      Long customerId,
      String channel,
      String content,
      String category,
      String severity,
      String contactPreference,
      String contactName,
      String contactPhone,
      String contactEmail,
      List<@NotNull @Valid AttachmentRequest> attachments) {}

  public record ComplaintCreated(String complaintNumber, Long complaintId, String status, Instant receivedAt,
      Instant promisedResponseBy, String processInstanceId) {}

  @PostMapping
  public ResponseEntity<ComplaintCreated> create(@Valid @RequestBody ComplaintRequest r,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    String user = currentUser.id();
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
    if (key != null && key.length() > MAX_KEY_LENGTH) {
      throw new InvalidFieldException("Idempotency-Key", "请求头不能超过 " + MAX_KEY_LENGTH + " 个字符");
    }
    // the fields' rules before anything else, as a request body's (the customer is looked up when recording)
    ComplaintIntake.Checked input = intake.checkFields(input(r));
    String hash = hash(r);
    try {
      // one transaction: the replay lookup, the complaint with its process, and the promised response time
      return transaction.execute(status -> {
        if (key != null) {
          Optional<ResponseEntity<ComplaintCreated>> replay = replay(user, key, hash);
          if (replay.isPresent()) {
            return replay.get();
          }
        }
        ComplaintIntake.Registered registered = start(input, user, key, hash);
        return created(registered.complaint(), registered.initialResponse(), HttpStatus.CREATED, false);
      });
    } catch (DataIntegrityViolationException concurrentRetry) {
      // the same key was used by a request running at the same time, which committed first
      if (key != null) {
        Optional<ResponseEntity<ComplaintCreated>> replay = replay(user, key, hash);
        if (replay.isPresent()) {
          return replay.get();
        }
      }
      throw concurrentRetry;
    }
  }

  /**
   * Records the complaint and starts its process in one transaction: both or neither. The engine checks at the start
   * whether the user may record complaints (CREATE_INSTANCE on the process, CREATE on process instances) and refuses
   * with 403, rolling the complaint back. The complaint's customer is looked up before that: when recording fails, the
   * same permission is checked first, so a user who may not record complaints gets the same 403 whether or not the
   * customer exists and learns nothing about customers. (Until issue 9 a query of the process definition ran before
   * every intake for this: 7 % of the intake's CPU.)
   */
  private ComplaintIntake.Registered start(ComplaintIntake.Checked input, String user, String key, String hash) {
    ComplaintIntake.Registered registered;
    try {
      registered = intake.record(input, user, key, hash);
    } catch (BusinessRuleException | NotFoundException | ConflictException refused) {
      // refused for what the request says (a database error, e.g. a racing Idempotency-Key, is not about the input
      // and is handled by the caller)
      if (!mayRecordComplaints()) {
        throw new ForbiddenException(NOT_PERMITTED);
      }
      throw refused;
    }
    Complaint c = registered.complaint();
    try {
      // the start event's camunda:initiator sets INITIATOR to the engine's authenticated user, which is the user
      // (CurrentUser): passing it again was a second write of the same value (one more history row per intake)
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, c.getComplaintNumber(),
          Variables.createVariables().putValue(COMPLAINT_ID.getName(), c.getId()));
    } catch (AuthorizationException e) {
      throw new ForbiddenException(NOT_PERMITTED);
    }
    return registered;
  }

  /** What the engine checks when the process starts ({@code checkCreateProcessInstance}), for the current user. */
  private boolean mayRecordComplaints() {
    if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return true;
    }
    Authentication a = engine.getIdentityService().getCurrentAuthentication();
    if (a == null) {
      return false;
    }
    var authorizations = engine.getAuthorizationService();
    return authorizations.isUserAuthorized(a.getUserId(), a.getGroupIds(), Permissions.CREATE,
        Resources.PROCESS_INSTANCE)
        && authorizations.isUserAuthorized(a.getUserId(), a.getGroupIds(), Permissions.CREATE_INSTANCE,
            Resources.PROCESS_DEFINITION, PROCESS_KEY);
  }

  private Optional<ResponseEntity<ComplaintCreated>> replay(String user, String key, String hash) {
    return complaintRepository.findByCreatedByAndIdempotencyKey(user, key).map(existing -> {
      if (!hash.equals(existing.getRequestHash())) {
        throw new ConflictException("Idempotency-Key「" + key + "」已用于另一份内容不同的投诉 "
            + existing.getComplaintNumber() + "；新的投诉请使用新的 Idempotency-Key");
      }
      return created(existing, timeLimits.latestDeadline(existing.getId(), ComplaintDeadline.INITIAL_RESPONSE),
          HttpStatus.CREATED, true);
    });
  }

  private ResponseEntity<ComplaintCreated> created(Complaint c, ComplaintDeadline response, HttpStatus status,
      boolean replayed) {
    var body = new ComplaintCreated(c.getComplaintNumber(), c.getId(), c.getStatus(), c.getReceivedAt(),
        response.getDueAt(), c.getProcessInstanceId());
    var builder = ResponseEntity.status(status).location(URI.create("/api/complaints/" + c.getComplaintNumber()));
    if (replayed) {
      builder.header("Idempotent-Replayed", "true");
    }
    return builder.body(body);
  }

  private static ComplaintInput input(ComplaintRequest r) {
    List<AttachmentInput> files = new ArrayList<>();
    List<AttachmentRequest> requested = r.attachments() == null ? List.of() : r.attachments();
    for (int i = 0; i < requested.size(); i++) {
      AttachmentRequest a = requested.get(i);
      byte[] content;
      try {
        content = Base64.getDecoder().decode(a.contentBase64().trim());
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException("attachments[" + i + "].contentBase64", "不是有效的 Base64 内容");
      }
      files.add(new AttachmentInput(a.fileName(), a.contentType(), content));
    }
    return new ComplaintInput(r.customerId(), r.channel(), r.content(), r.category(), r.severity(),
        r.contactPreference(), r.contactName(), r.contactPhone(), r.contactEmail(), files);
  }

  private String hash(ComplaintRequest r) {
    try {
      byte[] canonical = json.writeValueAsString(r).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- reading

  public record DeadlineView(String kind, String name, int round, Instant startedAt, Instant dueAt, Instant warnAt,
      Instant escalateAt, Instant warnedAt, int breachLevel, Instant completedAt, Boolean met) {}

  public record EventView(String kind, String note, String actor, Instant at) {}

  public record AttachmentView(Long id, String fileName, String contentType, int sizeBytes) {}

  public record ComplaintView(String complaintNumber, Long complaintId, Long customerId, String customerName,
      String channel, String category, String severity, String status, String content, String contactPreference,
      Instant receivedAt, String createdBy, String cause, String responsibleDepartment, int escalationLevel,
      int reopenCount, Boolean satisfied, Integer satisfactionScore, Instant closedAt, List<DeadlineView> deadlines,
      List<EventView> journal, List<AttachmentView> attachments) {}

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  public ComplaintView get(@PathVariable String number) {
    Complaint c = complaintRepository.findByComplaintNumber(number)
        .orElseThrow(() -> new NotFoundException("找不到投诉 " + number));
    var customer = customers.find(c.getCustomerId()).orElseThrow();
    String user = currentUser.id();
    if (!currentUser.inAnyOf(OVERSEERS) && !user.equals(c.getCreatedBy()) && !user.equals(customer.getOwner())) {
      // neither handler nor the customer's owner: do not reveal that the complaint exists
      throw new NotFoundException("找不到投诉 " + number);
    }
    return new ComplaintView(c.getComplaintNumber(), c.getId(), c.getCustomerId(), customer.getName(),
        c.getChannel(), c.getCategory(), c.getSeverity(), c.getStatus(), c.getContent(), c.getContactPreference(),
        c.getReceivedAt(), c.getCreatedBy(), c.getCause(), c.getResponsibleDepartment(), c.getEscalationLevel(),
        c.getReopenCount(), c.getSatisfied(), c.getSatisfactionScore(), c.getClosedAt(),
        timeLimits.deadlinesOf(c.getId()).stream().map(d -> new DeadlineView(d.getKind(),
            ComplaintTimeLimits.deadlineName(d), d.getRoundNo(), d.getStartedAt(), d.getDueAt(), d.getWarnAt(),
            d.getEscalateAt(), d.getWarnedAt(), d.getBreachLevel(), d.getCompletedAt(), d.getMet())).toList(),
        complaints.journalOf(c.getId()).stream().map(e -> new EventView(e.getKind(), e.getNote(), e.getActor(),
            e.getCreatedAt())).toList(),
        complaints.attachmentsOf(c.getId()).stream().map(a -> new AttachmentView(a.id(), a.fileName(),
            a.contentType(), a.sizeBytes())).toList());
  }
}
