package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协议变更 (SPEC P6.5; 001 §7(3).1): an agreement in force is amended by a new version (AGR-2026-0001-V2) with the
 * changed terms, which goes through the same legal review and signature; once the new version is signed it
 * supersedes the old one ({@link Signing}), which is kept as it was. One open amendment at a time.
 */
@Service
@Transactional
public class AgreementAmendment {

  static final List<String> OPEN = List.of(Agreement.DRAFT, Agreement.CHANGES_REQUESTED, Agreement.APPROVED);

  private final Agreements agreements;
  private final AgreementRepository repository;

  public AgreementAmendment(Agreements agreements, AgreementRepository repository) {
    this.agreements = agreements;
    this.repository = repository;
  }

  /** The new version in DRAFT, for the customer of the agreement it amends; its drafter is {@code actor}. */
  public Agreement amend(Long agreementId, AgreementInput input, String actor) {
    Inputs.valid(input);
    Agreement old = agreements.get(agreementId);
    Agreements.requireStatus(old, Agreement.IN_FORCE, "协议变更");
    if (actor == null) {
      throw new BusinessRuleException("起草人未登录，不能变更合作协议");
    }
    if (!old.getCustomerId().equals(input.customerId())) {
      throw new InvalidFieldException("customerId", "变更协议时不能更换客户：合作协议 " + old.getAgreementNumber()
          + " 属于客户编号 " + old.getCustomerId());
    }
    if (repository.existsByPreviousAgreementIdAndStatusIn(old.getId(), OPEN)) {
      throw new BusinessRuleException("合作协议 " + old.getAgreementNumber() + " 已有办理中的变更");
    }
    if (input.endDate().isBefore(input.startDate())) {
      throw new InvalidFieldException("endDate", "合作结束日期（" + input.endDate() + "）不能早于合作开始日期（"
          + input.startDate() + "）");
    }
    Agreement a = new Agreement();
    String base = old.getAgreementNumber().replaceFirst("-V\\d+$", "");
    a.setVersion(old.getVersion() + 1);
    a.setAgreementNumber(base + "-V" + a.getVersion());
    a.setPreviousAgreementId(old.getId());
    a.setCustomerId(old.getCustomerId());
    a.setStatus(Agreement.DRAFT);
    a.setDraftedBy(actor);
    a.setCreatedAt(agreements.now());
    a.setReviewRound(0);
    a.setTitle(trim(input.title()));
    a.setParties(trim(input.parties()));
    a.setRightsObligations(trim(input.rightsObligations()));
    a.setContent(trim(input.content()));
    a.setStartDate(input.startDate());
    a.setEndDate(input.endDate());
    a.setPaymentTerms(trim(input.paymentTerms()));
    a.setBreachLiability(trim(input.breachLiability()));
    repository.saveAndFlush(a);
    agreements.journal(old, "AMENDMENT_DRAFTED", "起草变更版本 " + a.getAgreementNumber() + "，经法务审核和签订后取代本版本",
        actor);
    agreements.journal(a, "DRAFTED", "变更合作协议 " + old.getAgreementNumber() + "（第 " + a.getVersion()
        + " 版），提交法务审核", actor);
    return a;
  }
}
