package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-rectification.form} (form id {@code project-rectification}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectRectificationForm {

  public static final String FORM = "forms/project-rectification.form";

  /** 「整改措施及结果」 (textarea, required). */
  public static final String RECTIFICATION = "rectification";

  private ProjectRectificationForm() {}

  /** 「整改措施及结果」 (textarea, required). */
  public static String rectification(FormData form) {
    return form.takeText(RECTIFICATION);
  }
}
