package com.crmflow.customer.credit.form;

import com.crmflow.platform.forms.FormData;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields of {@code forms/credit-evaluation.form} (form id {@code credit-evaluation}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CreditEvaluationForm {

  public static final String FORM = "forms/credit-evaluation.form";

  /** 「信用等级」 (select, required). */
  public static final String RATING = "rating";

  /** 「信用额度（元）」 (number, required). */
  public static final String CREDIT_LIMIT = "creditLimit";

  /** 「评估依据」 (textarea, required). */
  public static final String EVIDENCE = "evidence";

  /** 「有效期至」 (datetime, required). */
  public static final String VALID_UNTIL = "validUntil";

  private CreditEvaluationForm() {}

  /** 「信用等级」 (select, required). */
  public static String rating(FormData form) {
    return form.takeText(RATING);
  }

  /** 「信用额度（元）」 (number, required). */
  public static BigDecimal creditLimit(FormData form) {
    return form.takeDecimal(CREDIT_LIMIT);
  }

  /** 「评估依据」 (textarea, required). */
  public static String evidence(FormData form) {
    return form.takeText(EVIDENCE);
  }

  /** 「有效期至」 (datetime, required). */
  public static LocalDate validUntil(FormData form) {
    return form.takeDate(VALID_UNTIL);
  }
}
