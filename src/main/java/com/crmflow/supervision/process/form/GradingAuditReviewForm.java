package com.crmflow.supervision.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/grading-audit-review.form} (form id {@code grading-audit-review}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class GradingAuditReviewForm {

  public static final String FORM = "forms/grading-audit-review.form";

  /** 「审计结论」 (select, required). */
  public static final String CONCLUSION = "conclusion";

  /** 「审计发现」 (textarea, required). */
  public static final String FINDINGS = "findings";

  /** 「改进建议」 (textarea, required). */
  public static final String RECOMMENDATIONS = "recommendations";

  private GradingAuditReviewForm() {}

  /** 「审计结论」 (select, required). */
  public static String conclusion(FormData form) {
    return form.takeText(CONCLUSION);
  }

  /** 「审计发现」 (textarea, required). */
  public static String findings(FormData form) {
    return form.takeText(FINDINGS);
  }

  /** 「改进建议」 (textarea, required). */
  public static String recommendations(FormData form) {
    return form.takeText(RECOMMENDATIONS);
  }
}
