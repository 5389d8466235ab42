package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-opinion-answer.form} (form id {@code project-opinion-answer}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectOpinionAnswerForm {

  public static final String FORM = "forms/project-opinion-answer.form";

  /** 「处理及答复内容」 (textarea, required). */
  public static final String OPINION_ANSWER = "opinionAnswer";

  /** 「涉及多个部门，需要联合解决」 (checkbox). */
  public static final String MULTI_DEPARTMENT = "multiDepartment";

  private ProjectOpinionAnswerForm() {}

  /** 「处理及答复内容」 (textarea, required). */
  public static String opinionAnswer(FormData form) {
    return form.takeText(OPINION_ANSWER);
  }

  /** 「涉及多个部门，需要联合解决」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean multiDepartment(FormData form) {
    return form.takeFlag(MULTI_DEPARTMENT);
  }
}
