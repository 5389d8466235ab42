package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-negotiation.form} (form id {@code complaint-negotiation}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintNegotiationForm {

  public static final String FORM = "forms/complaint-negotiation.form";

  /** 「客户同意该解决方案」 (checkbox). */
  public static final String CUSTOMER_AGREES = "customerAgrees";

  /** 「客户意见（不同意时必填）」 (textarea). */
  public static final String CUSTOMER_REQUEST = "customerRequest";

  private ComplaintNegotiationForm() {}

  /** 「客户同意该解决方案」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean customerAgrees(FormData form) {
    return form.takeFlag(CUSTOMER_AGREES);
  }

  /** 「客户意见（不同意时必填）」 (textarea). */
  public static String customerRequest(FormData form) {
    return form.takeText(CUSTOMER_REQUEST);
  }
}
