package com.crmflow.development.api;

import static com.crmflow.development.process.DevelopmentVariables.*;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.development.domain.Lead;
import com.crmflow.development.domain.LeadCapture;
import com.crmflow.development.domain.LeadInput;
import com.crmflow.development.domain.Leads;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.platform.web.DeniedMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales leads (SPEC P5): capture by market development staff and the marketing department (the lead, its D-grade
 * customer and its {@code customer-development} process, in one transaction), and reading a lead with its visits
 * and follow-ups. A lead is shown to whoever may see its customer (CustomerAccess: the owner, the leads of the
 * owner's teams, crm-dept, senior-management, supervisor); everyone else gets 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/leads")
public class LeadController {

  private final LeadCapture capture;
  private final Leads leads;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final CustomerAccess customerAccess;
  private final TransactionTemplate transaction;

  public LeadController(LeadCapture capture, Leads leads, RuntimeService runtimeService, CurrentUser currentUser,
      CustomerAccess customerAccess, TransactionTemplate transaction) {
    this.capture = capture;
    this.leads = leads;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.customerAccess = customerAccess;
    this.transaction = transaction;
  }

  /** The lead as JSON; the rules of each field are {@link LeadInput}'s, checked by {@link LeadCapture}. */
  public record LeadRequest(String channel, String referrer, String companyName, String creditCode, String industry,
      String scale, String needs, String background) {}

  public record LeadCreated(String leadNumber, Long customerId, String owner, String status, String processInstanceId) {}

  @PreAuthorize("hasAnyAuthority('GROUP_am-development', 'GROUP_dept-market')")
  @DeniedMessage("只有市场开发人员和市场部可以登记销售线索")
  @PostMapping
  public ResponseEntity<LeadCreated> create(@RequestBody LeadRequest r) {
    String user = currentUser.id();
    LeadInput input = capture.check(new LeadInput(r.channel(), r.referrer(), r.companyName(), r.creditCode(),
        r.industry(), r.scale(), r.needs(), r.background()));
    LeadCreated created = transaction.execute(status -> {
      Lead lead = capture.capture(input, user);
      String instance;
      try {
        instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, lead.getLeadNumber(),
            Variables.createVariables().putValue(LEAD_ID.getName(), lead.getId()).putValue(INITIATOR.getName(), user))
            .getId();
      } catch (AuthorizationException e) {
        throw new ForbiddenException("您无权发起「客户开发」流程");
      }
      Lead bound = leads.get(lead.getId());
      return new LeadCreated(bound.getLeadNumber(), bound.getCustomerId(), bound.getOwner(), bound.getStatus(), instance);
    });
    return ResponseEntity.status(HttpStatus.CREATED).body(created);
  }

  public record VisitView(String purpose, LocalDate plannedDate, String plannedTime, List<String> attendees,
      String content, String materials, String status, String confirmationNote, LocalDate visitedOn, String record,
      String summary, String intention, String nextStep, String recordedBy) {}

  public record FollowUpView(String way, LocalDate contactedOn, String content, String feedback, String problemsSolved,
      LocalDate nextFollowUpDate, String recordedBy, Instant recordedAt) {}

  /** {@code sourceReference}: the consultation (CSL-…) a lead of channel consultation (咨询转入) came from. */
  public record LeadView(String leadNumber, Long customerId, String customerName, String customerGrade, String channel,
      String sourceReference, String referrer, String industry, String scale, String needs, String background, String owner, String status,
      String intention, String nextStep, String capturedBy, Instant capturedAt, Instant lastContactAt,
      LocalDate nextFollowUpDate, Instant escalatedAt, String superviseMeasures, String outcome, String outcomeReason,
      String decidedBy, Instant decidedAt, String processInstanceId, List<VisitView> visits,
      List<FollowUpView> followUps) {}

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  public LeadView get(@PathVariable String number) {
    Lead l = leads.byNumber(number).orElseThrow(() -> new NotFoundException("找不到线索 " + number));
    Customer c = leads.customer(l);
    if (!customerAccess.canSee(c)) {
      // neither the owner nor someone who sees the customer: do not reveal that the lead exists
      throw new NotFoundException("找不到线索 " + number);
    }
    return new LeadView(l.getLeadNumber(), c.getId(), c.getName(), c.getGrade(), l.getChannel(),
        l.getSourceReference(), l.getReferrer(),
        l.getIndustry(), l.getScale(), l.getNeeds(), l.getBackground(), l.getOwner(), l.getStatus(), l.getIntention(),
        l.getNextStep(), l.getCapturedBy(), l.getCapturedAt(), l.getLastContactAt(), l.getNextFollowUpDate(),
        l.getEscalatedAt(), l.getSuperviseMeasures(), l.getOutcome(), l.getOutcomeReason(), l.getDecidedBy(),
        l.getDecidedAt(), l.getProcessInstanceId(),
        leads.visitsOf(l.getId()).stream().map(v -> new VisitView(v.getPurpose(), v.getPlannedDate(),
            v.getPlannedTime(), List.of(v.getAttendees().split("\n")), v.getContent(), v.getMaterials(),
            v.getStatus(), v.getConfirmationNote(), v.getVisitedOn(), v.getRecord(), v.getSummary(),
            v.getIntention(), v.getNextStep(), v.getRecordedBy())).toList(),
        leads.followUpsOf(l.getId()).stream().map(f -> new FollowUpView(f.getWay(), f.getContactedOn(),
            f.getContent(), f.getFeedback(), f.getProblemsSolved(), f.getNextFollowUpDate(), f.getRecordedBy(),
            f.getRecordedAt())).toList());
  }
}
