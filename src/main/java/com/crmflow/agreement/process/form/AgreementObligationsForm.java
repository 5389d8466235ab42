package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of {@code forms/agreement-obligations.form} (form id {@code agreement-obligations}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementObligationsForm {

  public static final String FORM = "forms/agreement-obligations.form";

  /** 「协议义务」 (dynamiclist). */
  public static final String OBLIGATIONS = "obligations";
  public static final String OBLIGATIONS_DUTY = "duty";
  public static final String OBLIGATIONS_OWNER = "owner";
  public static final String OBLIGATIONS_DUE_DATE = "dueDate";
  public static final String OBLIGATIONS_CLAUSE = "clause";

  private AgreementObligationsForm() {}

  /** 「协议义务」 (dynamiclist). */
  public static JsonNode obligations(FormData form) {
    return form.takeJson(OBLIGATIONS);
  }
}
