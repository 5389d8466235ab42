package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.customer.credit.CreditChecks;
import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协议起草 (SPEC P6.1; 001 §7(1).1): legal or a business department drafts the agreement for a customer of the
 * archive — the agreement is saved in DRAFT with its number — and the drafter revises it when legal asks for changes.
 * Customers are never created here.
 */
@Service
@Transactional
public class AgreementDrafting {

  private final Agreements agreements;
  private final AgreementRepository repository;
  private final NumberGenerator numbers;
  private final CreditChecks credit;

  public AgreementDrafting(Agreements agreements, AgreementRepository repository, NumberGenerator numbers,
      CreditChecks credit) {
    this.agreements = agreements;
    this.repository = repository;
    this.numbers = numbers;
    this.credit = credit;
  }

  /** A new agreement in DRAFT ({@code AGR-2026-0001}), waiting for legal review. */
  public Agreement draft(AgreementInput input, String actor) {
    Inputs.valid(input);
    if (actor == null) {
      throw new BusinessRuleException("起草人未登录，不能起草合作协议");
    }
    Customer c = agreements.customer(input.customerId());
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      throw new InvalidFieldException("customerId", "客户「" + c.getName() + "」不是活跃客户（" + c.getStatus()
          + "），不能起草合作协议");
    }
    checkTerm(input);
    Agreement a = new Agreement();
    a.setAgreementNumber(numbers.next("AGR", 4));
    a.setCustomerId(c.getId());
    a.setStatus(Agreement.DRAFT);
    a.setDraftedBy(actor);
    a.setCreatedAt(agreements.now());
    a.setReviewRound(0);
    apply(a, input);
    repository.saveAndFlush(a);
    agreements.journal(a, "DRAFTED", "起草合作协议「" + a.getTitle() + "」（客户：" + c.getName() + "，合作期限 "
        + a.getStartDate() + " 至 " + a.getEndDate() + "），提交法务审核", actor);
    // P3.7 / 003 §2.4: finance evaluates the customer's credit when an agreement is drafted (unless still valid)
    credit.agreementDrafted(c.getId(), agreements.today(), actor);
    return a;
  }

  /**
   * The drafter revises the agreement after legal asked for changes: the terms change, the customer does not; the
   * agreement goes back to legal review (DRAFT). Only the drafter may revise.
   */
  public Agreement revise(Long agreementId, AgreementInput input, String actor) {
    Inputs.valid(input);
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.CHANGES_REQUESTED, "修改协议");
    if (actor == null || !actor.equals(a.getDraftedBy())) {
      throw new BusinessRuleException("只有起草人 " + a.getDraftedBy() + " 可以修改合作协议 " + a.getAgreementNumber());
    }
    if (!a.getCustomerId().equals(input.customerId())) {
      throw new InvalidFieldException("customerId", "修改协议时不能更换客户：合作协议 " + a.getAgreementNumber()
          + " 属于客户编号 " + a.getCustomerId());
    }
    checkTerm(input);
    apply(a, input);
    a.setStatus(Agreement.DRAFT);
    agreements.journal(a, "REVISED", "按法务审核意见修改协议，再次提交法务审核", actor);
    return a;
  }

  private void checkTerm(AgreementInput input) {
    if (input.endDate().isBefore(input.startDate())) {
      throw new InvalidFieldException("endDate", "合作结束日期（" + input.endDate() + "）不能早于合作开始日期（"
          + input.startDate() + "）");
    }
    if (input.endDate().isBefore(agreements.today())) {
      throw new InvalidFieldException("endDate", "合作期限已于 " + input.endDate() + " 结束，不能再起草该协议");
    }
  }

  private static void apply(Agreement a, AgreementInput in) {
    a.setTitle(trim(in.title()));
    a.setParties(trim(in.parties()));
    a.setRightsObligations(trim(in.rightsObligations()));
    a.setContent(trim(in.content()));
    a.setStartDate(in.startDate());
    a.setEndDate(in.endDate());
    a.setPaymentTerms(trim(in.paymentTerms()));
    a.setBreachLiability(trim(in.breachLiability()));
  }
}
