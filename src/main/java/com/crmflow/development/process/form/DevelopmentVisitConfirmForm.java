package com.crmflow.development.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/development-visit-confirm.form} (form id {@code development-visit-confirm}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class DevelopmentVisitConfirmForm {

  public static final String FORM = "forms/development-visit-confirm.form";

  /** 「客户已确认拜访安排」 (checkbox). */
  public static final String VISIT_CONFIRMED = "visitConfirmed";

  /** 「客户的回复或未确认原因」 (textarea). */
  public static final String CONFIRMATION_NOTE = "confirmationNote";

  private DevelopmentVisitConfirmForm() {}

  /** 「客户已确认拜访安排」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean visitConfirmed(FormData form) {
    return form.takeFlag(VISIT_CONFIRMED);
  }

  /** 「客户的回复或未确认原因」 (textarea). */
  public static String confirmationNote(FormData form) {
    return form.takeText(CONFIRMATION_NOTE);
  }
}
