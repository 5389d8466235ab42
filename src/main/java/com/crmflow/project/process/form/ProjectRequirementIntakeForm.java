package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/project-requirement-intake.form} (form id {@code project-requirement-intake}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectRequirementIntakeForm {

  public static final String FORM = "forms/project-requirement-intake.form";

  /** 「客户」 (select, required). */
  public static final String CUSTOMER_ID = "customerId";

  /** 「需求名称」 (textfield, required). */
  public static final String TITLE = "title";

  /** 「需求详细内容」 (textarea, required). */
  public static final String DETAILS = "details";

  /** 「需求背景」 (textarea). */
  public static final String BACKGROUND = "background";

  /** 「需求目标」 (textarea). */
  public static final String OBJECTIVES = "objectives";

  /** 「客户要求完成日期」 (datetime). */
  public static final String REQUIRED_BY = "requiredBy";

  /** 「需求复杂程度」 (select, required). */
  public static final String COMPLEXITY = "complexity";

  private ProjectRequirementIntakeForm() {}

  /** 「客户」 (select, required). */
  public static String customerId(FormData form) {
    return form.takeText(CUSTOMER_ID);
  }

  /** 「需求名称」 (textfield, required). */
  public static String title(FormData form) {
    return form.takeText(TITLE);
  }

  /** 「需求详细内容」 (textarea, required). */
  public static String details(FormData form) {
    return form.takeText(DETAILS);
  }

  /** 「需求背景」 (textarea). */
  public static String background(FormData form) {
    return form.takeText(BACKGROUND);
  }

  /** 「需求目标」 (textarea). */
  public static String objectives(FormData form) {
    return form.takeText(OBJECTIVES);
  }

  /** 「客户要求完成日期」 (datetime). */
  public static LocalDate requiredBy(FormData form) {
    return form.takeDate(REQUIRED_BY);
  }

  /** 「需求复杂程度」 (select, required). */
  public static String complexity(FormData form) {
    return form.takeText(COMPLEXITY);
  }
}
