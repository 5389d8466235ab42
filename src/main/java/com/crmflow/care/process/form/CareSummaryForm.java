package com.crmflow.care.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of {@code forms/care-summary.form} (form id {@code care-summary}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CareSummaryForm {

  public static final String FORM = "forms/care-summary.form";

  /** 「活动效果评分（1–5）」 (number, required). */
  public static final String SCORE = "score";

  /** 「活动总结」 (textarea, required). */
  public static final String SUMMARY = "summary";

  /** 「效果评估」 (textarea, required). */
  public static final String EVALUATION = "evaluation";

  /** 「改进事项」 (dynamiclist). */
  public static final String IMPROVEMENTS = "improvements";
  public static final String IMPROVEMENTS_ITEM = "item";
  public static final String IMPROVEMENTS_OWNER = "owner";
  public static final String IMPROVEMENTS_DUE_ON = "dueOn";

  private CareSummaryForm() {}

  /** 「活动效果评分（1–5）」 (number, required). */
  public static Long score(FormData form) {
    return form.takeWholeNumber(SCORE);
  }

  /** 「活动总结」 (textarea, required). */
  public static String summary(FormData form) {
    return form.takeText(SUMMARY);
  }

  /** 「效果评估」 (textarea, required). */
  public static String evaluation(FormData form) {
    return form.takeText(EVALUATION);
  }

  /** 「改进事项」 (dynamiclist). */
  public static JsonNode improvements(FormData form) {
    return form.takeJson(IMPROVEMENTS);
  }
}
