package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.customer.credit.CreditChecks;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协议签订 (SPEC P6.3; 001 §7(1).3): legal records the signature of both authorised representatives and the signing
 * date; the agreement is then in force until the end of its term ({@link AgreementExpiry}). A signed amendment
 * supersedes the version it amends, which is kept as it was. The signing is recorded only when the signed copy
 * (签署版) of this version has been uploaded ({@link AgreementDocuments}).
 */
@Service
@Transactional
public class Signing {

  public static final int MAX_NAME = 100;

  /** The signature: both authorised representatives and the date they signed. */
  public record Signature(
      @Label("我方授权代表") @NotBlank @Size(max = MAX_NAME) String ourRepresentative,
      @Label("客户方授权代表") @NotBlank @Size(max = MAX_NAME) String customerRepresentative,
      @Label("签订日期") @NotNull LocalDate signedOn) {}

  private final Agreements agreements;
  private final AgreementDocuments documents;

  private final CreditChecks credit;

  public Signing(Agreements agreements, AgreementDocuments documents, CreditChecks credit) {
    this.agreements = agreements;
    this.documents = documents;
    this.credit = credit;
  }

  /** Records the signature: the agreement is IN_FORCE — only once its signed copy (签署版) has been uploaded. */
  public Agreement sign(Long agreementId, Signature signature, String actor) {
    Inputs.valid(signature);
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.APPROVED, "协议签订");
    if (actor == null) {
      throw new BusinessRuleException("登记人未登录，不能登记协议签订");
    }
    if (signature.signedOn().isAfter(agreements.today())) {
      throw new InvalidFieldException("signedOn", "签订日期（" + signature.signedOn() + "）不能晚于今天");
    }
    if (signature.signedOn().isAfter(a.getEndDate())) {
      throw new InvalidFieldException("signedOn", "签订日期（" + signature.signedOn() + "）不能晚于合作结束日期（"
          + a.getEndDate() + "）");
    }
    if (!documents.hasSignedCopy(a.getId())) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 还没有上传签署版（双方授权代表签字盖章的协议）："
          + "请先上传签署版（POST /api/agreements/" + a.getAgreementNumber() + "/documents，文件类别 签署版），再登记协议签订");
    }
    // P3.7 / 003 §4.2: a credit rating below the threshold needs crm-dept's risk measures before the signature
    credit.signatureHold(a.getCustomerId()).ifPresent(hold -> {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 暂不能签订：" + hold);
    });
    a.setOurRepresentative(trim(signature.ourRepresentative()));
    a.setCustomerRepresentative(trim(signature.customerRepresentative()));
    a.setSignedOn(signature.signedOn());
    a.setSigningRecordedBy(actor);
    a.setStatus(Agreement.IN_FORCE);
    agreements.journal(a, "SIGNED", "双方授权代表签字盖章（我方：" + a.getOurRepresentative() + "，客户方："
        + a.getCustomerRepresentative() + "，签订日期 " + a.getSignedOn() + "），协议生效，合作期限至 " + a.getEndDate(),
        actor);
    if (a.getPreviousAgreementId() != null) {
      Agreement previous = agreements.get(a.getPreviousAgreementId());
      if (Agreement.IN_FORCE.equals(previous.getStatus())) {
        previous.setStatus(Agreement.SUPERSEDED);
        agreements.journal(previous, "SUPERSEDED", "修订版本 " + a.getAgreementNumber() + " 已签订生效，本版本不再有效（保留备查）",
            actor);
      }
    }
    return a;
  }
}
