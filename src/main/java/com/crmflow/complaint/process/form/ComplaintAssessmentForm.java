package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-assessment.form} (form id {@code complaint-assessment}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintAssessmentForm {

  public static final String FORM = "forms/complaint-assessment.form";

  /** 「投诉类别」 (select, required). */
  public static final String CATEGORY = "category";

  /** 「严重程度」 (select, required). */
  public static final String SEVERITY = "severity";

  /** 「评估意见」 (textarea, required). */
  public static final String ASSESSMENT_NOTE = "assessmentNote";

  private ComplaintAssessmentForm() {}

  /** 「投诉类别」 (select, required). */
  public static String category(FormData form) {
    return form.takeText(CATEGORY);
  }

  /** 「严重程度」 (select, required). */
  public static String severity(FormData form) {
    return form.takeText(SEVERITY);
  }

  /** 「评估意见」 (textarea, required). */
  public static String assessmentNote(FormData form) {
    return form.takeText(ASSESSMENT_NOTE);
  }
}
