package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/agreement-expiry-notice.form} (form id {@code agreement-expiry-notice}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementExpiryNoticeForm {

  public static final String FORM = "forms/agreement-expiry-notice.form";

  /** 「到期安排」 (select, required). */
  public static final String EXPIRY_PLAN = "expiryPlan";

  /** 「说明」 (textarea). */
  public static final String EXPIRY_NOTE = "expiryNote";

  private AgreementExpiryNoticeForm() {}

  /** 「到期安排」 (select, required). */
  public static String expiryPlan(FormData form) {
    return form.takeText(EXPIRY_PLAN);
  }

  /** 「说明」 (textarea). */
  public static String expiryNote(FormData form) {
    return form.takeText(EXPIRY_NOTE);
  }
}
