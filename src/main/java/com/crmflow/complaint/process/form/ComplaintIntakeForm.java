package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-intake.form} (form id {@code complaint-intake}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintIntakeForm {

  public static final String FORM = "forms/complaint-intake.form";

  /** 「客户编号」 (number, required). */
  public static final String CUSTOMER_ID = "customerId";

  /** 「投诉渠道」 (select, required). */
  public static final String CHANNEL = "channel";

  /** 「投诉内容」 (textarea, required). */
  public static final String CONTENT = "content";

  /** 「投诉类别」 (select, required). */
  public static final String CATEGORY = "category";

  /** 「严重程度」 (select, required). */
  public static final String SEVERITY = "severity";

  /** 「联系方式偏好」 (select, required). */
  public static final String CONTACT_PREFERENCE = "contactPreference";

  /** 「联系人」 (textfield). */
  public static final String CONTACT_NAME = "contactName";

  /** 「联系电话」 (textfield). */
  public static final String CONTACT_PHONE = "contactPhone";

  /** 「联系邮箱」 (textfield). */
  public static final String CONTACT_EMAIL = "contactEmail";

  private ComplaintIntakeForm() {}

  /** 「客户编号」 (number, required). */
  public static Long customerId(FormData form) {
    return form.takeWholeNumber(CUSTOMER_ID);
  }

  /** 「投诉渠道」 (select, required). */
  public static String channel(FormData form) {
    return form.takeText(CHANNEL);
  }

  /** 「投诉内容」 (textarea, required). */
  public static String content(FormData form) {
    return form.takeText(CONTENT);
  }

  /** 「投诉类别」 (select, required). */
  public static String category(FormData form) {
    return form.takeText(CATEGORY);
  }

  /** 「严重程度」 (select, required). */
  public static String severity(FormData form) {
    return form.takeText(SEVERITY);
  }

  /** 「联系方式偏好」 (select, required). */
  public static String contactPreference(FormData form) {
    return form.takeText(CONTACT_PREFERENCE);
  }

  /** 「联系人」 (textfield). */
  public static String contactName(FormData form) {
    return form.takeText(CONTACT_NAME);
  }

  /** 「联系电话」 (textfield). */
  public static String contactPhone(FormData form) {
    return form.takeText(CONTACT_PHONE);
  }

  /** 「联系邮箱」 (textfield). */
  public static String contactEmail(FormData form) {
    return form.takeText(CONTACT_EMAIL);
  }
}
