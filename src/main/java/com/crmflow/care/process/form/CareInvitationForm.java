package com.crmflow.care.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/care-invitation.form} (form id {@code care-invitation}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CareInvitationForm {

  public static final String FORM = "forms/care-invitation.form";

  /** 「客户答复」 (radio, required). */
  public static final String REPLY = "reply";

  /** 「备注」 (textarea). */
  public static final String REPLY_NOTE = "replyNote";

  private CareInvitationForm() {}

  /** 「客户答复」 (radio, required). */
  public static String reply(FormData form) {
    return form.takeText(REPLY);
  }

  /** 「备注」 (textarea). */
  public static String replyNote(FormData form) {
    return form.takeText(REPLY_NOTE);
  }
}
