package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-task-execution.form} (form id {@code project-task-execution}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectTaskExecutionForm {

  public static final String FORM = "forms/project-task-execution.form";

  /** 「报告问题，需要项目负责人协调」 (checkbox). */
  public static final String PROBLEM_REPORTED = "problemReported";

  /** 「问题或困难说明（报告问题时必填）」 (textarea). */
  public static final String PROBLEM_DESCRIPTION = "problemDescription";

  /** 「完成情况（完成任务时必填）」 (textarea). */
  public static final String TASK_RESULT = "taskResult";

  private ProjectTaskExecutionForm() {}

  /** 「报告问题，需要项目负责人协调」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean problemReported(FormData form) {
    return form.takeFlag(PROBLEM_REPORTED);
  }

  /** 「问题或困难说明（报告问题时必填）」 (textarea). */
  public static String problemDescription(FormData form) {
    return form.takeText(PROBLEM_DESCRIPTION);
  }

  /** 「完成情况（完成任务时必填）」 (textarea). */
  public static String taskResult(FormData form) {
    return form.takeText(TASK_RESULT);
  }
}
