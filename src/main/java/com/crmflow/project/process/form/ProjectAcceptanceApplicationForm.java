package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-acceptance-application.form} (form id {@code project-acceptance-application}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectAcceptanceApplicationForm {

  public static final String FORM = "forms/project-acceptance-application.form";

  /** 「项目成果报告」 (textarea, required). */
  public static final String RESULT_REPORT = "resultReport";

  /** 「相关文档资料清单」 (textarea). */
  public static final String DOCUMENTS = "documents";

  private ProjectAcceptanceApplicationForm() {}

  /** 「项目成果报告」 (textarea, required). */
  public static String resultReport(FormData form) {
    return form.takeText(RESULT_REPORT);
  }

  /** 「相关文档资料清单」 (textarea). */
  public static String documents(FormData form) {
    return form.takeText(DOCUMENTS);
  }
}
