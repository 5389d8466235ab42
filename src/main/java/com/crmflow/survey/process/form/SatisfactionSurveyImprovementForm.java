package com.crmflow.survey.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/satisfaction-survey-improvement.form} (form id {@code satisfaction-survey-improvement}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class SatisfactionSurveyImprovementForm {

  public static final String FORM = "forms/satisfaction-survey-improvement.form";

  /** 「处理结果」 (select, required). */
  public static final String IMPROVEMENT_OUTCOME = "improvementOutcome";

  /** 「改进措施与结果（无需改进时写明原因）」 (textarea, required). */
  public static final String IMPROVEMENT_MEASURES = "improvementMeasures";

  private SatisfactionSurveyImprovementForm() {}

  /** 「处理结果」 (select, required). */
  public static String improvementOutcome(FormData form) {
    return form.takeText(IMPROVEMENT_OUTCOME);
  }

  /** 「改进措施与结果（无需改进时写明原因）」 (textarea, required). */
  public static String improvementMeasures(FormData form) {
    return form.takeText(IMPROVEMENT_MEASURES);
  }
}
