package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-feedback.form} (form id {@code project-feedback}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectFeedbackForm {

  public static final String FORM = "forms/project-feedback.form";

  /** 「客户满意度」 (select, required). */
  public static final String SATISFACTION = "satisfaction";

  /** 「客户反馈意见」 (textarea, required). */
  public static final String CUSTOMER_FEEDBACK = "customerFeedback";

  /** 「改进措施」 (textarea, required). */
  public static final String IMPROVEMENT_MEASURES = "improvementMeasures";

  private ProjectFeedbackForm() {}

  /** 「客户满意度」 (select, required). */
  public static String satisfaction(FormData form) {
    return form.takeText(SATISFACTION);
  }

  /** 「客户反馈意见」 (textarea, required). */
  public static String customerFeedback(FormData form) {
    return form.takeText(CUSTOMER_FEEDBACK);
  }

  /** 「改进措施」 (textarea, required). */
  public static String improvementMeasures(FormData form) {
    return form.takeText(IMPROVEMENT_MEASURES);
  }
}
