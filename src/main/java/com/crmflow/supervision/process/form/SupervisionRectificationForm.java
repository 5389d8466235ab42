package com.crmflow.supervision.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/supervision-rectification.form} (form id {@code supervision-rectification}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class SupervisionRectificationForm {

  public static final String FORM = "forms/supervision-rectification.form";

  /** 「整改措施与结果」 (textarea, required). */
  public static final String RECTIFICATION = "rectification";

  private SupervisionRectificationForm() {}

  /** 「整改措施与结果」 (textarea, required). */
  public static String rectification(FormData form) {
    return form.takeText(RECTIFICATION);
  }
}
