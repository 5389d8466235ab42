package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/agreement-termination-start.form} (form id {@code agreement-termination-start}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementTerminationStartForm {

  public static final String FORM = "forms/agreement-termination-start.form";

  /** 「要终止的合作协议」 (select, required). */
  public static final String AGREEMENT_NUMBER = "agreementNumber";

  /** 「终止原因」 (textarea, required). */
  public static final String REASON = "reason";

  /** 「终止日期」 (datetime, required). */
  public static final String EFFECTIVE_ON = "effectiveOn";

  /** 「结算安排」 (textarea, required). */
  public static final String SETTLEMENT = "settlement";

  private AgreementTerminationStartForm() {}

  /** 「要终止的合作协议」 (select, required). */
  public static String agreementNumber(FormData form) {
    return form.takeText(AGREEMENT_NUMBER);
  }

  /** 「终止原因」 (textarea, required). */
  public static String reason(FormData form) {
    return form.takeText(REASON);
  }

  /** 「终止日期」 (datetime, required). */
  public static LocalDate effectiveOn(FormData form) {
    return form.takeDate(EFFECTIVE_ON);
  }

  /** 「结算安排」 (textarea, required). */
  public static String settlement(FormData form) {
    return form.takeText(SETTLEMENT);
  }
}
