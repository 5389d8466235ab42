package com.crmflow.agreement.process;

import static com.crmflow.agreement.process.AgreementVariables.*;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementAmendment;
import com.crmflow.agreement.domain.AgreementDrafting;
import com.crmflow.agreement.domain.AgreementInput;
import com.crmflow.agreement.domain.AgreementRequest;
import com.crmflow.agreement.domain.AgreementRequests;
import com.crmflow.agreement.domain.AgreementTermination;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may draft an agreement for which customer, and the start of {@code cooperation-agreement} from the API. Legal
 * drafts for every customer of the archive; a business department only for customers its member may see (owner, team
 * lead, crm-dept: {@link CustomerAccess}) — a customer out of sight is answered as if it did not exist.
 */
@Component
public class AgreementStarts {

  /** Groups that draft for every customer (001 §7(1).1: 法务部门). */
  static final Set<String> DRAFT_FOR_ALL = Set.of(LEGAL, "camunda-admin");

  private final Agreements agreements;
  private final AgreementDrafting drafting;
  private final CustomerAccess customerAccess;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final AgreementTermination termination;
  private final AgreementAmendment amendment;
  private final AgreementRequests requests;

  public AgreementStarts(Agreements agreements, AgreementDrafting drafting, CustomerAccess customerAccess,
      IdentityService identityService, @Lazy RuntimeService runtimeService, AgreementTermination termination,
      AgreementAmendment amendment, AgreementRequests requests) {
    this.requests = requests;
    this.termination = termination;
    this.amendment = amendment;
    this.agreements = agreements;
    this.drafting = drafting;
    this.customerAccess = customerAccess;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  /** Refused (naming the field {@code customerId}) unless {@code user} may draft for this customer. */
  public void requireMayDraft(Long customerId, String user) {
    if (customerId == null) {
      throw new InvalidFieldException("customerId", "请选择客户");
    }
    if (user == null) {
      throw new InvalidFieldException("customerId", "起草人未登录，不能起草合作协议");
    }
    Customer c = agreements.customer(customerId);
    if (groupsOf(user).stream().anyMatch(DRAFT_FOR_ALL::contains)) {
      return;
    }
    if (!customerAccess.canSee(c, user)) {
      throw new InvalidFieldException("customerId", "客户编号 " + customerId + " 不存在");
    }
  }

  private List<String> groupsOf(String user) {
    var auth = identityService.getCurrentAuthentication();
    if (auth != null && user.equals(auth.getUserId()) && auth.getGroupIds() != null) {
      return auth.getGroupIds();
    }
    return Engine.asSystem(identityService, () -> identityService.createGroupQuery().groupMember(user).list())
        .stream().map(Group::getId).toList();
  }

  /**
   * SPEC P6.5: the drafter or legal asks to terminate an agreement in force; the request is recorded and legal's
   * review task opens in the agreement's instance, in one transaction.
   */
  @Transactional
  public Agreement requestTermination(String agreementNumber, AgreementTermination.Request request, String user) {
    Agreement a = agreements.find(agreementNumber)
        .orElseThrow(() -> new NotFoundException("找不到合作协议 " + agreementNumber));
    requireDrafterOrLegal(a, user, "只有协议起草人和法务部门可以申请终止合作协议");
    termination.request(a.getId(), request, user);
    Engine.asSystem(identityService, () -> runtimeService.createMessageCorrelation(TERMINATION_MESSAGE)
        .processInstanceId(a.getProcessInstanceId()).correlateWithResult());
    return a;
  }

  /**
   * SPEC P6.5: the drafter or legal amends an agreement in force: the new version is drafted and its own process
   * starts with legal review, in one transaction.
   */
  @Transactional
  public Agreement amend(String agreementNumber, AgreementInput input, String user) {
    Agreement old = agreements.find(agreementNumber)
        .orElseThrow(() -> new NotFoundException("找不到合作协议 " + agreementNumber));
    requireDrafterOrLegal(old, user, "只有协议起草人和法务部门可以变更合作协议");
    Agreement a = amendment.amend(old.getId(), input, user);
    start(a);
    return agreements.get(a.getId());
  }

  /** Refused with {@code refusal} (403) unless {@code user} drafted the agreement or is in legal. */
  public void requireDrafterOrLegal(Agreement a, String user, String refusal) {
    if (!mayChange(a, user)) {
      throw new ForbiddenException(refusal);
    }
  }

  /** May {@code user} change the agreement (amend, ask to terminate, add documents): its drafter or legal. */
  public boolean mayChange(Agreement a, String user) {
    return user != null && (user.equals(a.getDraftedBy()) || isLegal(user));
  }

  /** Is {@code user} in legal (or an administrator), who draft for and change every agreement? */
  public boolean isLegal(String user) {
    return user != null && groupsOf(user).stream().anyMatch(DRAFT_FOR_ALL::contains);
  }

  /**
   * SPEC P6.1 after P5.4: another process (a lead converted into a cooperation customer) asks for the customer's
   * agreement. The request fixes the customer and starts a {@code cooperation-agreement} instance at its task
   * 起草合作协议 (legal, or {@code requestedBy}); the agreement is drafted there. Returns the instance id.
   */
  @Transactional
  public String requestDraft(Long customerId, String source, String requestedBy) {
    AgreementRequest r = requests.request(customerId, source, requestedBy);
    String instance = Engine.asSystem(identityService, () -> runtimeService
        .createMessageCorrelation(DRAFT_REQUESTED_MESSAGE).processInstanceBusinessKey(source)
        .setVariable(REQUEST_ID.getName(), r.getId()).setVariable(DRAFTER.getName(), requestedBy)
        .correlateStartMessage().getId());
    requests.attachProcess(r.getId(), instance);
    return instance;
  }

  private void start(Agreement a) {
    try {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, a.getAgreementNumber(),
          Variables.createVariables().putValue(AGREEMENT_ID.getName(), a.getId()));
    } catch (AuthorizationException e) {
      throw new ForbiddenException("您无权起草合作协议（「合作协议」流程）");
    }
  }

  /** Drafts the agreement and starts its process in one transaction: both or neither. */
  @Transactional
  public Agreement start(AgreementInput input, String user) {
    requireMayDraft(input.customerId(), user);
    Agreement a = drafting.draft(input, user);
    start(a);
    return agreements.get(a.getId());
  }
}
