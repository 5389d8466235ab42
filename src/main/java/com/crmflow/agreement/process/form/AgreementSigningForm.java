package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/agreement-signing.form} (form id {@code agreement-signing}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementSigningForm {

  public static final String FORM = "forms/agreement-signing.form";

  /** 「我方授权代表」 (textfield, required). */
  public static final String OUR_REPRESENTATIVE = "ourRepresentative";

  /** 「客户方授权代表」 (textfield, required). */
  public static final String CUSTOMER_REPRESENTATIVE = "customerRepresentative";

  /** 「签订日期」 (datetime, required). */
  public static final String SIGNED_ON = "signedOn";

  private AgreementSigningForm() {}

  /** 「我方授权代表」 (textfield, required). */
  public static String ourRepresentative(FormData form) {
    return form.takeText(OUR_REPRESENTATIVE);
  }

  /** 「客户方授权代表」 (textfield, required). */
  public static String customerRepresentative(FormData form) {
    return form.takeText(CUSTOMER_REPRESENTATIVE);
  }

  /** 「签订日期」 (datetime, required). */
  public static LocalDate signedOn(FormData form) {
    return form.takeDate(SIGNED_ON);
  }
}
