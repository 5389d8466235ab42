package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/agreement-draft-request.form} (form id {@code agreement-draft-request}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementDraftRequestForm {

  public static final String FORM = "forms/agreement-draft-request.form";

  /** 「协议名称」 (textfield, required). */
  public static final String TITLE = "title";

  /** 「协议各方」 (textarea, required). */
  public static final String PARTIES = "parties";

  /** 「双方的权利和义务」 (textarea, required). */
  public static final String RIGHTS_OBLIGATIONS = "rightsObligations";

  /** 「合作内容」 (textarea, required). */
  public static final String CONTENT = "content";

  /** 「合作开始日期」 (datetime, required). */
  public static final String START_DATE = "startDate";

  /** 「合作结束日期」 (datetime, required). */
  public static final String END_DATE = "endDate";

  /** 「费用支付方式」 (textarea, required). */
  public static final String PAYMENT_TERMS = "paymentTerms";

  /** 「违约责任」 (textarea, required). */
  public static final String BREACH_LIABILITY = "breachLiability";

  private AgreementDraftRequestForm() {}

  /** 「协议名称」 (textfield, required). */
  public static String title(FormData form) {
    return form.takeText(TITLE);
  }

  /** 「协议各方」 (textarea, required). */
  public static String parties(FormData form) {
    return form.takeText(PARTIES);
  }

  /** 「双方的权利和义务」 (textarea, required). */
  public static String rightsObligations(FormData form) {
    return form.takeText(RIGHTS_OBLIGATIONS);
  }

  /** 「合作内容」 (textarea, required). */
  public static String content(FormData form) {
    return form.takeText(CONTENT);
  }

  /** 「合作开始日期」 (datetime, required). */
  public static LocalDate startDate(FormData form) {
    return form.takeDate(START_DATE);
  }

  /** 「合作结束日期」 (datetime, required). */
  public static LocalDate endDate(FormData form) {
    return form.takeDate(END_DATE);
  }

  /** 「费用支付方式」 (textarea, required). */
  public static String paymentTerms(FormData form) {
    return form.takeText(PAYMENT_TERMS);
  }

  /** 「违约责任」 (textarea, required). */
  public static String breachLiability(FormData form) {
    return form.takeText(BREACH_LIABILITY);
  }
}
