package com.crmflow.care.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/care-improvement.form} (form id {@code care-improvement}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CareImprovementForm {

  public static final String FORM = "forms/care-improvement.form";

  /** 「落实情况」 (textarea, required). */
  public static final String RESULT = "result";

  private CareImprovementForm() {}

  /** 「落实情况」 (textarea, required). */
  public static String result(FormData form) {
    return form.takeText(RESULT);
  }
}
