package com.crmflow.survey.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/satisfaction-survey.form} (form id {@code satisfaction-survey}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class SatisfactionSurveyForm {

  public static final String FORM = "forms/satisfaction-survey.form";

  /** 「调查方式」 (select, required). */
  public static final String WAY = "way";

  /** 「质量（1–5）」 (number, required). */
  public static final String QUALITY = "quality";

  /** 「及时性（1–5）」 (number, required). */
  public static final String TIMELINESS = "timeliness";

  /** 「服务态度（1–5）」 (number, required). */
  public static final String ATTITUDE = "attitude";

  /** 「专业能力（1–5）」 (number, required). */
  public static final String PROFESSIONALISM = "professionalism";

  /** 「总体满意度（1–5）」 (number, required). */
  public static final String OVERALL = "overall";

  /** 「客户意见与建议」 (textarea). */
  public static final String COMMENTS = "comments";

  private SatisfactionSurveyForm() {}

  /** 「调查方式」 (select, required). */
  public static String way(FormData form) {
    return form.takeText(WAY);
  }

  /** 「质量（1–5）」 (number, required). */
  public static Long quality(FormData form) {
    return form.takeWholeNumber(QUALITY);
  }

  /** 「及时性（1–5）」 (number, required). */
  public static Long timeliness(FormData form) {
    return form.takeWholeNumber(TIMELINESS);
  }

  /** 「服务态度（1–5）」 (number, required). */
  public static Long attitude(FormData form) {
    return form.takeWholeNumber(ATTITUDE);
  }

  /** 「专业能力（1–5）」 (number, required). */
  public static Long professionalism(FormData form) {
    return form.takeWholeNumber(PROFESSIONALISM);
  }

  /** 「总体满意度（1–5）」 (number, required). */
  public static Long overall(FormData form) {
    return form.takeWholeNumber(OVERALL);
  }

  /** 「客户意见与建议」 (textarea). */
  public static String comments(FormData form) {
    return form.takeText(COMMENTS);
  }
}
