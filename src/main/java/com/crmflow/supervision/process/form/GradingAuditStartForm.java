package com.crmflow.supervision.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/grading-audit-start.form} (form id {@code grading-audit-start}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class GradingAuditStartForm {

  public static final String FORM = "forms/grading-audit-start.form";

  /** 「审计年度」 (number, required). */
  public static final String AUDIT_YEAR = "auditYear";

  private GradingAuditStartForm() {}

  /** 「审计年度」 (number, required). */
  public static Long auditYear(FormData form) {
    return form.takeWholeNumber(AUDIT_YEAR);
  }
}
