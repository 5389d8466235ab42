package com.crmflow.agreement.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The terms of a cooperation agreement as drafted or revised (001 §7(1).1: rights and obligations, content, term,
 * payment, liability for breach). That the customer exists and is active, that the term ends after it starts and
 * has not ended yet stay in {@link AgreementDrafting}.
 */
public record AgreementInput(
    @Label("客户") @NotNull Long customerId,
    @Label("协议名称") @NotBlank @Size(max = AgreementInput.MAX_TITLE) String title,
    @Label("协议各方") @NotBlank @Size(max = AgreementInput.MAX_PARTIES) String parties,
    @Label("双方权利和义务") @NotBlank @Size(max = AgreementInput.MAX_TEXT) String rightsObligations,
    @Label("合作内容") @NotBlank @Size(max = AgreementInput.MAX_TEXT) String content,
    @Label("合作开始日期") @NotNull LocalDate startDate,
    @Label("合作结束日期") @NotNull LocalDate endDate,
    @Label("费用支付方式") @NotBlank @Size(max = AgreementInput.MAX_TERMS) String paymentTerms,
    @Label("违约责任") @NotBlank @Size(max = AgreementInput.MAX_TERMS) String breachLiability) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_PARTIES = 1000;
  public static final int MAX_TEXT = 4000;
  public static final int MAX_TERMS = 2000;
}
