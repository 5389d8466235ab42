package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-follow-up.form} (form id {@code complaint-follow-up}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintFollowUpForm {

  public static final String FORM = "forms/complaint-follow-up.form";

  /** 「问题再次发生」 (checkbox). */
  public static final String RECURRED = "recurred";

  /** 「跟踪检查情况」 (textarea, required). */
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  private ComplaintFollowUpForm() {}

  /** 「问题再次发生」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean recurred(FormData form) {
    return form.takeFlag(RECURRED);
  }

  /** 「跟踪检查情况」 (textarea, required). */
  public static String followUpNote(FormData form) {
    return form.takeText(FOLLOW_UP_NOTE);
  }
}
