package com.crmflow.agreement.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts other processes ask for (SPEC P6.1 from P5.4: a lead converted into a cooperation customer): the request
 * fixes the customer; the draft task of its {@code cooperation-agreement} instance drafts the agreement for exactly
 * that customer, whatever the process variables say ({@link #boundTo}).
 */
@Service
@Transactional
public class AgreementRequests {

  private final Agreements agreements;
  private final AgreementRequestRepository requests;
  private final AgreementDrafting drafting;

  public AgreementRequests(Agreements agreements, AgreementRequestRepository requests, AgreementDrafting drafting) {
    this.agreements = agreements;
    this.requests = requests;
    this.drafting = drafting;
  }

  /** A request for the customer's agreement; the customer must be an active customer of the archive. */
  public AgreementRequest request(Long customerId, String source, String requestedBy) {
    Customer c = agreements.customer(customerId);
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      throw new InvalidFieldException("customerId", "客户「" + c.getName() + "」不是活跃客户，不能起草合作协议");
    }
    if (source == null || source.isBlank() || requestedBy == null) {
      throw new BusinessRuleException("起草合作协议的请求缺少来源或请求人");
    }
    AgreementRequest r = new AgreementRequest();
    r.setCustomerId(c.getId());
    r.setSource(source.length() > 64 ? source.substring(0, 64) : source);
    r.setRequestedBy(requestedBy);
    r.setRequestedAt(agreements.now());
    return requests.saveAndFlush(r);
  }

  public AgreementRequest get(Long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new BusinessRuleException("起草合作协议的请求不存在：" + requestId));
  }

  /** Binds the request to the instance that drafts it, once. */
  public void attachProcess(Long requestId, String processInstanceId) {
    AgreementRequest r = get(requestId);
    if (r.getProcessInstanceId() != null && !r.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("起草合作协议的请求 " + requestId + " 已由另一个流程实例办理");
    }
    r.setProcessInstanceId(processInstanceId);
  }

  /** The request of this instance; one bound to another instance (or to none) is refused. */
  public AgreementRequest boundTo(Long requestId, String processInstanceId) {
    if (requestId == null) {
      throw new BusinessRuleException("流程缺少起草请求编号（agreementRequestId）");
    }
    AgreementRequest r = get(requestId);
    if (r.getProcessInstanceId() == null || !r.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("起草合作协议的请求 " + requestId + " 属于另一个流程实例，本流程实例不能办理它");
    }
    return r;
  }

  /**
   * Drafts the requested agreement (DRAFT, its number) for the request's customer — the input's customer is
   * ignored — once per request.
   */
  public Agreement draft(Long requestId, String processInstanceId, AgreementInput terms, String actor) {
    AgreementRequest r = boundTo(requestId, processInstanceId);
    if (r.getAgreementId() != null) {
      throw new BusinessRuleException("该请求的合作协议已起草：" + agreements.get(r.getAgreementId()).getAgreementNumber());
    }
    Agreement a = drafting.draft(new AgreementInput(r.getCustomerId(), terms.title(), terms.parties(),
        terms.rightsObligations(), terms.content(), terms.startDate(), terms.endDate(), terms.paymentTerms(),
        terms.breachLiability()), actor);
    r.setAgreementId(a.getId());
    return a;
  }
}
