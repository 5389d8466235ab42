package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-execution.form} (form id {@code complaint-execution}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintExecutionForm {

  public static final String FORM = "forms/complaint-execution.form";

  /** 「本次进展」 (textarea, required). */
  public static final String PROGRESS_NOTE = "progressNote";

  /** 「已将进展告知客户」 (checkbox). */
  public static final String CUSTOMER_INFORMED = "customerInformed";

  /** 「处理已完成」 (checkbox). */
  public static final String HANDLING_COMPLETED = "handlingCompleted";

  private ComplaintExecutionForm() {}

  /** 「本次进展」 (textarea, required). */
  public static String progressNote(FormData form) {
    return form.takeText(PROGRESS_NOTE);
  }

  /** 「已将进展告知客户」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean customerInformed(FormData form) {
    return form.takeFlag(CUSTOMER_INFORMED);
  }

  /** 「处理已完成」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean handlingCompleted(FormData form) {
    return form.takeFlag(HANDLING_COMPLETED);
  }
}
