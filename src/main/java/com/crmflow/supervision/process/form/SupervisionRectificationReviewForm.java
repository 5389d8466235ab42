package com.crmflow.supervision.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/supervision-rectification-review.form} (form id {@code supervision-rectification-review}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class SupervisionRectificationReviewForm {

  public static final String FORM = "forms/supervision-rectification-review.form";

  /** 「复核结论」 (radio, required). */
  public static final String REVIEW_RESULT = "reviewResult";

  /** 「复核意见（退回时必填）」 (textarea). */
  public static final String REVIEW_NOTE = "reviewNote";

  private SupervisionRectificationReviewForm() {}

  /** 「复核结论」 (radio, required). */
  public static String reviewResult(FormData form) {
    return form.takeText(REVIEW_RESULT);
  }

  /** 「复核意见（退回时必填）」 (textarea). */
  public static String reviewNote(FormData form) {
    return form.takeText(REVIEW_NOTE);
  }
}
