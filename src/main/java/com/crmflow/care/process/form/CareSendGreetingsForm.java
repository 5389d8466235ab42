package com.crmflow.care.process.form;

import com.crmflow.platform.forms.FormData;
import java.util.List;

/**
 * The fields of {@code forms/care-send-greetings.form} (form id {@code care-send-greetings}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CareSendGreetingsForm {

  public static final String FORM = "forms/care-send-greetings.form";

  /** 「已发送的客户」 (checklist, required). */
  public static final String SENT_CUSTOMER_IDS = "sentCustomerIds";

  /** 「发送方式」 (select, required). */
  public static final String CHANNEL = "channel";

  /** 「发送情况说明」 (textarea). */
  public static final String EXECUTION_NOTES = "executionNotes";

  private CareSendGreetingsForm() {}

  /** 「已发送的客户」 (checklist, required). */
  public static List<String> sentCustomerIds(FormData form) {
    return form.takeList(SENT_CUSTOMER_IDS);
  }

  /** 「发送方式」 (select, required). */
  public static String channel(FormData form) {
    return form.takeText(CHANNEL);
  }

  /** 「发送情况说明」 (textarea). */
  public static String executionNotes(FormData form) {
    return form.takeText(EXECUTION_NOTES);
  }
}
