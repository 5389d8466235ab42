package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-problem-coordination.form} (form id {@code project-problem-coordination}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectProblemCoordinationForm {

  public static final String FORM = "forms/project-problem-coordination.form";

  /** 「协调处理结果」 (textarea, required). */
  public static final String RESOLUTION = "resolution";

  private ProjectProblemCoordinationForm() {}

  /** 「协调处理结果」 (textarea, required). */
  public static String resolution(FormData form) {
    return form.takeText(RESOLUTION);
  }
}
