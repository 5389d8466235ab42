package com.crmflow.care.process.form;

import com.crmflow.platform.forms.FormData;
import java.util.List;

/**
 * The fields of {@code forms/care-execution.form} (form id {@code care-execution}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CareExecutionForm {

  public static final String FORM = "forms/care-execution.form";

  /** 「出席的客户」 (checklist). */
  public static final String ATTENDED_CUSTOMER_IDS = "attendedCustomerIds";

  /** 「活动执行情况」 (textarea, required). */
  public static final String EXECUTION_NOTES = "executionNotes";

  private CareExecutionForm() {}

  /** 「出席的客户」 (checklist). */
  public static List<String> attendedCustomerIds(FormData form) {
    return form.takeList(ATTENDED_CUSTOMER_IDS);
  }

  /** 「活动执行情况」 (textarea, required). */
  public static String executionNotes(FormData form) {
    return form.takeText(EXECUTION_NOTES);
  }
}
