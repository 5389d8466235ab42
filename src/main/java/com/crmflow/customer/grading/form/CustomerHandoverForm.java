package com.crmflow.customer.grading.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/customer-handover.form} (form id {@code customer-handover}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CustomerHandoverForm {

  public static final String FORM = "forms/customer-handover.form";

  /** 「已完成交接，了解客户的合作历史和本等级的维护职责」 (checkbox, required). */
  public static final String HANDOVER_CONFIRMED = "handoverConfirmed";

  /** 「交接说明（如待办事项、客户关注点）」 (textarea). */
  public static final String HANDOVER_NOTE = "handoverNote";

  private CustomerHandoverForm() {}

  /** 「已完成交接，了解客户的合作历史和本等级的维护职责」 (checkbox, required). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean handoverConfirmed(FormData form) {
    return form.takeFlag(HANDOVER_CONFIRMED);
  }

  /** 「交接说明（如待办事项、客户关注点）」 (textarea). */
  public static String handoverNote(FormData form) {
    return form.takeText(HANDOVER_NOTE);
  }
}
