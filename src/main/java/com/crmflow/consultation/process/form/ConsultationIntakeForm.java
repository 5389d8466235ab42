package com.crmflow.consultation.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/consultation-intake.form} (form id {@code consultation-intake}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ConsultationIntakeForm {

  public static final String FORM = "forms/consultation-intake.form";

  /** 「咨询方式」 (select, required). */
  public static final String CHANNEL = "channel";

  /** 「客户」 (select). */
  public static final String CUSTOMER_ID = "customerId";

  /** 「公司名称」 (textfield). */
  public static final String COMPANY_NAME = "companyName";

  /** 「联系人」 (textfield). */
  public static final String CONTACT_NAME = "contactName";

  /** 「联系电话」 (textfield). */
  public static final String CONTACT_PHONE = "contactPhone";

  /** 「电子邮箱」 (textfield). */
  public static final String CONTACT_EMAIL = "contactEmail";

  /** 「咨询问题」 (textarea, required). */
  public static final String QUESTION = "question";

  /** 「咨询人有进一步了解或合作意向」 (checkbox). */
  public static final String COOPERATION_INTENT = "cooperationIntent";

  private ConsultationIntakeForm() {}

  /** 「咨询方式」 (select, required). */
  public static String channel(FormData form) {
    return form.takeText(CHANNEL);
  }

  /** 「客户」 (select). */
  public static String customerId(FormData form) {
    return form.takeText(CUSTOMER_ID);
  }

  /** 「公司名称」 (textfield). */
  public static String companyName(FormData form) {
    return form.takeText(COMPANY_NAME);
  }

  /** 「联系人」 (textfield). */
  public static String contactName(FormData form) {
    return form.takeText(CONTACT_NAME);
  }

  /** 「联系电话」 (textfield). */
  public static String contactPhone(FormData form) {
    return form.takeText(CONTACT_PHONE);
  }

  /** 「电子邮箱」 (textfield). */
  public static String contactEmail(FormData form) {
    return form.takeText(CONTACT_EMAIL);
  }

  /** 「咨询问题」 (textarea, required). */
  public static String question(FormData form) {
    return form.takeText(QUESTION);
  }

  /** 「咨询人有进一步了解或合作意向」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean cooperationIntent(FormData form) {
    return form.takeFlag(COOPERATION_INTENT);
  }
}
