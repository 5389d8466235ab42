package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-resolution.form} (form id {@code complaint-resolution}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintResolutionForm {

  public static final String FORM = "forms/complaint-resolution.form";

  /** 「解决方案」 (textarea, required). */
  public static final String RESOLUTION_PLAN = "resolutionPlan";

  /** 「补偿措施（如有）」 (textarea). */
  public static final String COMPENSATION = "compensation";

  private ComplaintResolutionForm() {}

  /** 「解决方案」 (textarea, required). */
  public static String resolutionPlan(FormData form) {
    return form.takeText(RESOLUTION_PLAN);
  }

  /** 「补偿措施（如有）」 (textarea). */
  public static String compensation(FormData form) {
    return form.takeText(COMPENSATION);
  }
}
