package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-survey.form} (form id {@code complaint-survey}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintSurveyForm {

  public static final String FORM = "forms/complaint-survey.form";

  /** 「调查方式」 (select, required). */
  public static final String SURVEY_WAY = "surveyWay";

  /** 「满意度评分（1–5）」 (number, required). */
  public static final String SURVEY_SCORE = "surveyScore";

  /** 「客户意见与建议」 (textarea). */
  public static final String SURVEY_COMMENT = "surveyComment";

  private ComplaintSurveyForm() {}

  /** 「调查方式」 (select, required). */
  public static String surveyWay(FormData form) {
    return form.takeText(SURVEY_WAY);
  }

  /** 「满意度评分（1–5）」 (number, required). */
  public static Long surveyScore(FormData form) {
    return form.takeWholeNumber(SURVEY_SCORE);
  }

  /** 「客户意见与建议」 (textarea). */
  public static String surveyComment(FormData form) {
    return form.takeText(SURVEY_COMMENT);
  }
}
