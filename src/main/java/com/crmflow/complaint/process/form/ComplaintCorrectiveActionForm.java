package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/complaint-corrective-action.form} (form id {@code complaint-corrective-action}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintCorrectiveActionForm {

  public static final String FORM = "forms/complaint-corrective-action.form";

  /** 「纠正措施」 (textarea, required). */
  public static final String CORRECTIVE_ACTION = "correctiveAction";

  /** 「预防措施」 (textarea, required). */
  public static final String PREVENTIVE_ACTION = "preventiveAction";

  /** 「措施责任人」 (textfield, required). */
  public static final String ACTION_OWNER = "actionOwner";

  /** 「完成期限」 (datetime, required). */
  public static final String ACTION_DUE_DATE = "actionDueDate";

  private ComplaintCorrectiveActionForm() {}

  /** 「纠正措施」 (textarea, required). */
  public static String correctiveAction(FormData form) {
    return form.takeText(CORRECTIVE_ACTION);
  }

  /** 「预防措施」 (textarea, required). */
  public static String preventiveAction(FormData form) {
    return form.takeText(PREVENTIVE_ACTION);
  }

  /** 「措施责任人」 (textfield, required). */
  public static String actionOwner(FormData form) {
    return form.takeText(ACTION_OWNER);
  }

  /** 「完成期限」 (datetime, required). */
  public static LocalDate actionDueDate(FormData form) {
    return form.takeDate(ACTION_DUE_DATE);
  }
}
