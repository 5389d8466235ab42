package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-initial-response.form} (form id {@code complaint-initial-response}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintInitialResponseForm {

  public static final String FORM = "forms/complaint-initial-response.form";

  /** 「响应方式」 (select, required). */
  public static final String RESPONSE_WAY = "responseWay";

  /** 「响应内容（告知客户已受理及处理时限）」 (textarea, required). */
  public static final String RESPONSE_CONTENT = "responseContent";

  private ComplaintInitialResponseForm() {}

  /** 「响应方式」 (select, required). */
  public static String responseWay(FormData form) {
    return form.takeText(RESPONSE_WAY);
  }

  /** 「响应内容（告知客户已受理及处理时限）」 (textarea, required). */
  public static String responseContent(FormData form) {
    return form.takeText(RESPONSE_CONTENT);
  }
}
