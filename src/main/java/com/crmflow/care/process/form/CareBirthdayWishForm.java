package com.crmflow.care.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/care-birthday-wish.form} (form id {@code care-birthday-wish}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CareBirthdayWishForm {

  public static final String FORM = "forms/care-birthday-wish.form";

  /** 「发送方式」 (select, required). */
  public static final String CHANNEL = "channel";

  /** 「备注」 (textarea). */
  public static final String NOTE = "note";

  private CareBirthdayWishForm() {}

  /** 「发送方式」 (select, required). */
  public static String channel(FormData form) {
    return form.takeText(CHANNEL);
  }

  /** 「备注」 (textarea). */
  public static String note(FormData form) {
    return form.takeText(NOTE);
  }
}
