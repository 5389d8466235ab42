package com.crmflow.customer.credit.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/credit-risk-measures.form} (form id {@code credit-risk-measures}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CreditRiskMeasuresForm {

  public static final String FORM = "forms/credit-risk-measures.form";

  /** 「风险控制措施」 (radio, required). */
  public static final String MEASURE = "measure";

  /** 「措施说明」 (textarea, required). */
  public static final String DESCRIPTION = "description";

  private CreditRiskMeasuresForm() {}

  /** 「风险控制措施」 (radio, required). */
  public static String measure(FormData form) {
    return form.takeText(MEASURE);
  }

  /** 「措施说明」 (textarea, required). */
  public static String description(FormData form) {
    return form.takeText(DESCRIPTION);
  }
}
