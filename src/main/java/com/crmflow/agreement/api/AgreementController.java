package com.crmflow.agreement.api;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementInput;
import com.crmflow.agreement.domain.AgreementTermination;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.agreement.process.AgreementStarts;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.DeniedMessage;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * Cooperation agreements (SPEC P6): drafting one (it is saved in DRAFT and its {@code cooperation-agreement} process
 * starts with legal review), an agreement by number and a customer's agreements. Legal sees every agreement; others
 * see the agreements of customers they may see (owner, team leads, crm-dept, senior-management, supervisor:
 * {@link CustomerAccess}) and those they drafted; everyone else gets 404, as if there were none.
 */
@RestController
@RequestMapping("/api/agreements")
public class AgreementController {

  private final AgreementStarts starts;
  private final Agreements agreements;
  private final CustomerDirectory customers;
  private final CustomerAccess customerAccess;
  private final CurrentUser currentUser;
  private final AgreementVisibility visibility;

  public AgreementController(AgreementStarts starts, Agreements agreements, CustomerDirectory customers,
      CustomerAccess customerAccess, CurrentUser currentUser, AgreementVisibility visibility) {
    this.visibility = visibility;
    this.starts = starts;
    this.agreements = agreements;
    this.customers = customers;
    this.customerAccess = customerAccess;
    this.currentUser = currentUser;
  }

  /** The agreement as JSON; the fields' rules are declared once, on {@link AgreementInput}. */
  public record AgreementRequest(Long customerId, String title, String parties, String rightsObligations,
      String content, LocalDate startDate, LocalDate endDate, String paymentTerms, String breachLiability) {}

  public record EventView(String kind, String note, String actor, Instant at) {}

  public record AgreementView(String agreementNumber, Long customerId, String customerName, String status,
      String statusLabel, String title, String parties, String rightsObligations, String content, LocalDate startDate,
      LocalDate endDate, String paymentTerms, String breachLiability, String draftedBy, Instant createdAt,
      int reviewRound, String reviewedBy, String reviewComment, String ourRepresentative,
      String customerRepresentative, LocalDate signedOn, int version, String previousAgreementNumber,
      String processInstanceId, List<EventView> journal) {}

  /** SPEC P6.1: drafts the agreement (DRAFT, AGR-YYYY-NNNN) and starts its process with legal review. */
  @PreAuthorize("hasAnyAuthority('GROUP_legal', 'GROUP_crm-dept', 'GROUP_account-manager', 'GROUP_am-senior', "
      + "'GROUP_am-core', 'GROUP_am-regular', 'GROUP_am-development', 'GROUP_camunda-admin')")
  @DeniedMessage("只有法务部门和业务部门可以起草合作协议")
  @PostMapping
  public ResponseEntity<AgreementView> create(@RequestBody AgreementRequest r) {
    Agreement a = starts.start(new AgreementInput(r.customerId(), r.title(), r.parties(), r.rightsObligations(),
        r.content(), r.startDate(), r.endDate(), r.paymentTerms(), r.breachLiability()), currentUser.id());
    return ResponseEntity.created(URI.create("/api/agreements/" + a.getAgreementNumber()))
        .body(view(a, customers.get(a.getCustomerId())));
  }

  /**
   * SPEC P6.5: amends an agreement in force (its drafter or legal): the new version (…-V2) goes through legal review
   * and signature in its own process and supersedes this one once signed.
   */
  @PreAuthorize("hasAnyAuthority('GROUP_legal', 'GROUP_crm-dept', 'GROUP_account-manager', 'GROUP_am-senior', "
      + "'GROUP_am-core', 'GROUP_am-regular', 'GROUP_am-development', 'GROUP_camunda-admin')")
  @DeniedMessage("只有协议起草人和法务部门可以变更合作协议")
  @PostMapping("/{number}/amendments")
  public ResponseEntity<AgreementView> amend(@PathVariable String number, @RequestBody AgreementRequest r) {
    Agreement a = starts.amend(number, new AgreementInput(r.customerId(), r.title(), r.parties(),
        r.rightsObligations(), r.content(), r.startDate(), r.endDate(), r.paymentTerms(), r.breachLiability()),
        currentUser.id());
    return ResponseEntity.created(URI.create("/api/agreements/" + a.getAgreementNumber()))
        .body(view(a, customers.get(a.getCustomerId())));
  }

  public record TerminationRequest(String reason, LocalDate effectiveOn, String settlement) {}

  /**
   * SPEC P6.5: asks to terminate an agreement in force (its drafter or legal); legal reviews the request in the
   * agreement's process (审核协议终止).
   */
  @PreAuthorize("hasAnyAuthority('GROUP_legal', 'GROUP_crm-dept', 'GROUP_account-manager', 'GROUP_am-senior', "
      + "'GROUP_am-core', 'GROUP_am-regular', 'GROUP_am-development', 'GROUP_camunda-admin')")
  @DeniedMessage("只有协议起草人和法务部门可以申请终止合作协议")
  @PostMapping("/{number}/termination")
  public AgreementView requestTermination(@PathVariable String number, @RequestBody TerminationRequest r) {
    Agreement a = starts.requestTermination(number, new AgreementTermination.Request(r.reason(), r.effectiveOn(),
        r.settlement()), currentUser.id());
    return get(a.getAgreementNumber());
  }

  /** The customer's agreements (number, status, term …), the latest term first. */
  @GetMapping
  @Transactional(readOnly = true)
  public List<AgreementView> ofCustomer(@RequestParam Long customerId) {
    Customer c = customers.find(customerId).orElseThrow(() -> new NotFoundException("找不到客户 " + customerId));
    boolean all = seesAll() || customerAccess.canSee(c);
    List<AgreementView> views = agreements.ofCustomer(customerId).stream()
        .map(s -> agreements.find(s.agreementNumber()).orElseThrow())
        .filter(a -> all || currentUser.id().equals(a.getDraftedBy())).map(a -> view(a, c)).toList();
    if (!all && views.isEmpty()) {
      throw new NotFoundException("找不到客户 " + customerId);
    }
    return views;
  }

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  public AgreementView get(@PathVariable String number) {
    Agreement a = visibility.visible(number);
    return view(a, customers.get(a.getCustomerId()));
  }

  private boolean seesAll() {
    return visibility.seesAll();
  }

  private AgreementView view(Agreement a, Customer c) {
    return new AgreementView(a.getAgreementNumber(), c.getId(), c.getName(), a.getStatus(),
        Agreements.status(a.getStatus()), a.getTitle(), a.getParties(), a.getRightsObligations(), a.getContent(),
        a.getStartDate(), a.getEndDate(), a.getPaymentTerms(), a.getBreachLiability(), a.getDraftedBy(),
        a.getCreatedAt(), a.getReviewRound(), a.getReviewedBy(), a.getReviewComment(), a.getOurRepresentative(),
        a.getCustomerRepresentative(), a.getSignedOn(), a.getVersion(), a.getPreviousAgreementId() == null ? null
            : agreements.get(a.getPreviousAgreementId()).getAgreementNumber(), a.getProcessInstanceId(),
        agreements.journalOf(a.getId()).stream().map(e -> new EventView(e.getKind(), e.getNote(), e.getActor(),
            e.getCreatedAt())).toList());
  }
}
