package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-plan-overdue.form} (form id {@code project-plan-overdue}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectPlanOverdueForm {

  public static final String FORM = "forms/project-plan-overdue.form";

  /** 「督办措施及结果」 (textarea, required). */
  public static final String SUPERVISION_NOTE = "supervisionNote";

  private ProjectPlanOverdueForm() {}

  /** 「督办措施及结果」 (textarea, required). */
  public static String supervisionNote(FormData form) {
    return form.takeText(SUPERVISION_NOTE);
  }
}
