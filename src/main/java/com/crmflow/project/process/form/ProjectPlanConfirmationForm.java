package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-plan-confirmation.form} (form id {@code project-plan-confirmation}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectPlanConfirmationForm {

  public static final String FORM = "forms/project-plan-confirmation.form";

  /** 「客户确认人」 (textfield, required). */
  public static final String CUSTOMER_CONTACT = "customerContact";

  /** 「客户已确认方案」 (checkbox). */
  public static final String CUSTOMER_CONFIRMED = "customerConfirmed";

  /** 「客户意见或修改要求（要求修改时必填）」 (textarea). */
  public static final String CUSTOMER_NOTE = "customerNote";

  private ProjectPlanConfirmationForm() {}

  /** 「客户确认人」 (textfield, required). */
  public static String customerContact(FormData form) {
    return form.takeText(CUSTOMER_CONTACT);
  }

  /** 「客户已确认方案」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean customerConfirmed(FormData form) {
    return form.takeFlag(CUSTOMER_CONFIRMED);
  }

  /** 「客户意见或修改要求（要求修改时必填）」 (textarea). */
  public static String customerNote(FormData form) {
    return form.takeText(CUSTOMER_NOTE);
  }
}
