package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/agreement-termination-review.form} (form id {@code agreement-termination-review}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementTerminationReviewForm {

  public static final String FORM = "forms/agreement-termination-review.form";

  /** 「审核结论」 (select, required). */
  public static final String TERMINATION_DECISION = "terminationDecision";

  /** 「审核意见」 (textarea). */
  public static final String TERMINATION_COMMENT = "terminationComment";

  private AgreementTerminationReviewForm() {}

  /** 「审核结论」 (select, required). */
  public static String terminationDecision(FormData form) {
    return form.takeText(TERMINATION_DECISION);
  }

  /** 「审核意见」 (textarea). */
  public static String terminationComment(FormData form) {
    return form.takeText(TERMINATION_COMMENT);
  }
}
