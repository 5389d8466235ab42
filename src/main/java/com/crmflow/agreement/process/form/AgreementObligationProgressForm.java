package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/agreement-obligation-progress.form} (form id {@code agreement-obligation-progress}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementObligationProgressForm {

  public static final String FORM = "forms/agreement-obligation-progress.form";

  /** 「进度」 (select, required). */
  public static final String PROGRESS = "progress";

  /** 「完成比例（%）」 (number, required). */
  public static final String PERCENTAGE = "percentage";

  /** 「进展说明（受阻时必填）」 (textarea). */
  public static final String PROGRESS_NOTE = "progressNote";

  private AgreementObligationProgressForm() {}

  /** 「进度」 (select, required). */
  public static String progress(FormData form) {
    return form.takeText(PROGRESS);
  }

  /** 「完成比例（%）」 (number, required). */
  public static Long percentage(FormData form) {
    return form.takeWholeNumber(PERCENTAGE);
  }

  /** 「进展说明（受阻时必填）」 (textarea). */
  public static String progressNote(FormData form) {
    return form.takeText(PROGRESS_NOTE);
  }
}
