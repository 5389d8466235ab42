package com.crmflow.supervision.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/grading-audit-decision.form} (form id {@code grading-audit-decision}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class GradingAuditDecisionForm {

  public static final String FORM = "forms/grading-audit-decision.form";

  /** 「审阅意见」 (select, required). */
  public static final String MANAGEMENT_DECISION = "managementDecision";

  /** 「审阅说明（部分采纳或不予采纳时必填）」 (textarea). */
  public static final String MANAGEMENT_NOTE = "managementNote";

  private GradingAuditDecisionForm() {}

  /** 「审阅意见」 (select, required). */
  public static String managementDecision(FormData form) {
    return form.takeText(MANAGEMENT_DECISION);
  }

  /** 「审阅说明（部分采纳或不予采纳时必填）」 (textarea). */
  public static String managementNote(FormData form) {
    return form.takeText(MANAGEMENT_NOTE);
  }
}
