package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/agreement-legal-review.form} (form id {@code agreement-legal-review}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementLegalReviewForm {

  public static final String FORM = "forms/agreement-legal-review.form";

  /** 「审核结论」 (select, required). */
  public static final String DECISION = "decision";

  /** 「审核意见」 (textarea). */
  public static final String REVIEW_COMMENT = "reviewComment";

  private AgreementLegalReviewForm() {}

  /** 「审核结论」 (select, required). */
  public static String decision(FormData form) {
    return form.takeText(DECISION);
  }

  /** 「审核意见」 (textarea). */
  public static String reviewComment(FormData form) {
    return form.takeText(REVIEW_COMMENT);
  }
}
