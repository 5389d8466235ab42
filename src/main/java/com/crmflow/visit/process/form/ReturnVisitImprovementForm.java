package com.crmflow.visit.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/return-visit-improvement.form} (form id {@code return-visit-improvement}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ReturnVisitImprovementForm {

  public static final String FORM = "forms/return-visit-improvement.form";

  /** 「处理结果」 (select, required). */
  public static final String IMPROVEMENT_OUTCOME = "improvementOutcome";

  /** 「改进措施与结果（无法采纳时写明原因）」 (textarea, required). */
  public static final String IMPROVEMENT_RESULT = "improvementResult";

  private ReturnVisitImprovementForm() {}

  /** 「处理结果」 (select, required). */
  public static String improvementOutcome(FormData form) {
    return form.takeText(IMPROVEMENT_OUTCOME);
  }

  /** 「改进措施与结果（无法采纳时写明原因）」 (textarea, required). */
  public static String improvementResult(FormData form) {
    return form.takeText(IMPROVEMENT_RESULT);
  }
}
