package com.crmflow.development.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/development-outcome.form} (form id {@code development-outcome}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class DevelopmentOutcomeForm {

  public static final String FORM = "forms/development-outcome.form";

  /** 「开发结果」 (radio, required). */
  public static final String OUTCOME = "outcome";

  /** 「说明（关闭线索时必填原因）」 (textarea). */
  public static final String OUTCOME_REASON = "outcomeReason";

  private DevelopmentOutcomeForm() {}

  /** 「开发结果」 (radio, required). */
  public static String outcome(FormData form) {
    return form.takeText(OUTCOME);
  }

  /** 「说明（关闭线索时必填原因）」 (textarea). */
  public static String outcomeReason(FormData form) {
    return form.takeText(OUTCOME_REASON);
  }
}
