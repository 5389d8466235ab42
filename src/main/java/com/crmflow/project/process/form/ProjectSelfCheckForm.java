package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;
import java.util.List;

/**
 * The fields of {@code forms/project-self-check.form} (form id {@code project-self-check}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectSelfCheckForm {

  public static final String FORM = "forms/project-self-check.form";

  /** 「自查合格」 (checkbox). */
  public static final String SELF_CHECK_PASSED = "selfCheckPassed";

  /** 「自查发现（不合格时必填）」 (textarea). */
  public static final String FINDINGS = "findings";

  /** 「需返工的任务」 (checklist). */
  public static final String REWORK_TASK_IDS = "reworkTaskIds";

  private ProjectSelfCheckForm() {}

  /** 「自查合格」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean selfCheckPassed(FormData form) {
    return form.takeFlag(SELF_CHECK_PASSED);
  }

  /** 「自查发现（不合格时必填）」 (textarea). */
  public static String findings(FormData form) {
    return form.takeText(FINDINGS);
  }

  /** 「需返工的任务」 (checklist). */
  public static List<String> reworkTaskIds(FormData form) {
    return form.takeList(REWORK_TASK_IDS);
  }
}
