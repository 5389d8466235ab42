package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-progress-report.form} (form id {@code project-progress-report}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectProgressReportForm {

  public static final String FORM = "forms/project-progress-report.form";

  /** 「工作进展」 (textarea, required). */
  public static final String PROGRESS_SUMMARY = "progressSummary";

  /** 「遇到的问题及解决方案」 (textarea). */
  public static final String PROGRESS_ISSUES = "progressIssues";

  /** 「下一步工作」 (textarea). */
  public static final String NEXT_STEPS = "nextSteps";

  private ProjectProgressReportForm() {}

  /** 「工作进展」 (textarea, required). */
  public static String progressSummary(FormData form) {
    return form.takeText(PROGRESS_SUMMARY);
  }

  /** 「遇到的问题及解决方案」 (textarea). */
  public static String progressIssues(FormData form) {
    return form.takeText(PROGRESS_ISSUES);
  }

  /** 「下一步工作」 (textarea). */
  public static String nextSteps(FormData form) {
    return form.takeText(NEXT_STEPS);
  }
}
