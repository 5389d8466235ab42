package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/agreement-amendment-start.form} (form id {@code agreement-amendment-start}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementAmendmentStartForm {

  public static final String FORM = "forms/agreement-amendment-start.form";

  /** 「要变更的合作协议」 (select, required). */
  public static final String AGREEMENT_NUMBER = "agreementNumber";

  /** 「协议名称」 (textfield). */
  public static final String TITLE = "title";

  /** 「协议各方」 (textarea). */
  public static final String PARTIES = "parties";

  /** 「双方的权利和义务」 (textarea). */
  public static final String RIGHTS_OBLIGATIONS = "rightsObligations";

  /** 「合作内容」 (textarea). */
  public static final String CONTENT = "content";

  /** 「合作开始日期」 (datetime). */
  public static final String START_DATE = "startDate";

  /** 「合作结束日期」 (datetime). */
  public static final String END_DATE = "endDate";

  /** 「费用支付方式」 (textarea). */
  public static final String PAYMENT_TERMS = "paymentTerms";

  /** 「违约责任」 (textarea). */
  public static final String BREACH_LIABILITY = "breachLiability";

  private AgreementAmendmentStartForm() {}

  /** 「要变更的合作协议」 (select, required). */
  public static String agreementNumber(FormData form) {
    return form.takeText(AGREEMENT_NUMBER);
  }

  /** 「协议名称」 (textfield). */
  public static String title(FormData form) {
    return form.takeText(TITLE);
  }

  /** 「协议各方」 (textarea). */
  public static String parties(FormData form) {
    return form.takeText(PARTIES);
  }

  /** 「双方的权利和义务」 (textarea). */
  public static String rightsObligations(FormData form) {
    return form.takeText(RIGHTS_OBLIGATIONS);
  }

  /** 「合作内容」 (textarea). */
  public static String content(FormData form) {
    return form.takeText(CONTENT);
  }

  /** 「合作开始日期」 (datetime). */
  public static LocalDate startDate(FormData form) {
    return form.takeDate(START_DATE);
  }

  /** 「合作结束日期」 (datetime). */
  public static LocalDate endDate(FormData form) {
    return form.takeDate(END_DATE);
  }

  /** 「费用支付方式」 (textarea). */
  public static String paymentTerms(FormData form) {
    return form.takeText(PAYMENT_TERMS);
  }

  /** 「违约责任」 (textarea). */
  public static String breachLiability(FormData form) {
    return form.takeText(BREACH_LIABILITY);
  }
}
