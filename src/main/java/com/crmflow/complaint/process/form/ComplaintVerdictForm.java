package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-verdict.form} (form id {@code complaint-verdict}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintVerdictForm {

  public static final String FORM = "forms/complaint-verdict.form";

  /** 「客户对处理结果满意」 (checkbox). */
  public static final String CUSTOMER_SATISFIED = "customerSatisfied";

  /** 「满意度评分（1–5）」 (number, required). */
  public static final String SATISFACTION_SCORE = "satisfactionScore";

  /** 「客户评价」 (textarea). */
  public static final String CUSTOMER_COMMENT = "customerComment";

  private ComplaintVerdictForm() {}

  /** 「客户对处理结果满意」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean customerSatisfied(FormData form) {
    return form.takeFlag(CUSTOMER_SATISFIED);
  }

  /** 「满意度评分（1–5）」 (number, required). */
  public static Long satisfactionScore(FormData form) {
    return form.takeWholeNumber(SATISFACTION_SCORE);
  }

  /** 「客户评价」 (textarea). */
  public static String customerComment(FormData form) {
    return form.takeText(CUSTOMER_COMMENT);
  }
}
