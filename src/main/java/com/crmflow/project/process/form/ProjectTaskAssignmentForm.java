package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of {@code forms/project-task-assignment.form} (form id {@code project-task-assignment}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectTaskAssignmentForm {

  public static final String FORM = "forms/project-task-assignment.form";

  /** 「执行任务」 (dynamiclist). */
  public static final String TASKS = "tasks";
  public static final String TASKS_TITLE = "title";
  public static final String TASKS_EXECUTOR = "executor";
  public static final String TASKS_REQUIREMENTS = "requirements";
  public static final String TASKS_DUE_DATE = "dueDate";
  public static final String TASKS_QUALITY_STANDARD = "qualityStandard";

  private ProjectTaskAssignmentForm() {}

  /** 「执行任务」 (dynamiclist). */
  public static JsonNode tasks(FormData form) {
    return form.takeJson(TASKS);
  }
}
