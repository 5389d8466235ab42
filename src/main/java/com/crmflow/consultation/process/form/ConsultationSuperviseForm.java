package com.crmflow.consultation.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/consultation-supervise.form} (form id {@code consultation-supervise}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ConsultationSuperviseForm {

  public static final String FORM = "forms/consultation-supervise.form";

  /** 「督办措施」 (textarea, required). */
  public static final String SUPERVISE_MEASURES = "superviseMeasures";

  private ConsultationSuperviseForm() {}

  /** 「督办措施」 (textarea, required). */
  public static String superviseMeasures(FormData form) {
    return form.takeText(SUPERVISE_MEASURES);
  }
}
