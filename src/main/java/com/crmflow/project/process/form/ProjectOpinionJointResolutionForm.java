package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-opinion-joint-resolution.form} (form id {@code project-opinion-joint-resolution}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectOpinionJointResolutionForm {

  public static final String FORM = "forms/project-opinion-joint-resolution.form";

  /** 「联合解决方案及结果」 (textarea, required). */
  public static final String JOINT_RESOLUTION = "jointResolution";

  private ProjectOpinionJointResolutionForm() {}

  /** 「联合解决方案及结果」 (textarea, required). */
  public static String jointResolution(FormData form) {
    return form.takeText(JOINT_RESOLUTION);
  }
}
