package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-result-feedback.form} (form id {@code complaint-result-feedback}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintResultFeedbackForm {

  public static final String FORM = "forms/complaint-result-feedback.form";

  /** 「反馈方式」 (select, required). */
  public static final String FEEDBACK_WAY = "feedbackWay";

  /** 「处理结果说明」 (textarea, required). */
  public static final String RESULT_SUMMARY = "resultSummary";

  private ComplaintResultFeedbackForm() {}

  /** 「反馈方式」 (select, required). */
  public static String feedbackWay(FormData form) {
    return form.takeText(FEEDBACK_WAY);
  }

  /** 「处理结果说明」 (textarea, required). */
  public static String resultSummary(FormData form) {
    return form.takeText(RESULT_SUMMARY);
  }
}
