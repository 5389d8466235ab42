package com.crmflow.customer.grading.form;

import com.crmflow.platform.forms.FormData;
import java.math.BigDecimal;

/**
 * The fields of {@code forms/customer-major-change.form} (form id {@code customer-major-change}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CustomerMajorChangeForm {

  public static final String FORM = "forms/customer-major-change.form";

  /** 「客户编号」 (number, required). */
  public static final String CUSTOMER_ID = "customerId";

  /** 「变化类型」 (select, required). */
  public static final String CHANGE_TYPE = "changeType";

  /** 「变化情况说明」 (textarea, required). */
  public static final String DESCRIPTION = "description";

  /** 「年度采购额（万元）」 (number). */
  public static final String ANNUAL_PURCHASE_AMOUNT = "annualPurchaseAmount";

  /** 「采购频率（次/年）」 (number). */
  public static final String PURCHASE_FREQUENCY = "purchaseFrequency";

  /** 「利润贡献（万元）」 (number). */
  public static final String PROFIT_CONTRIBUTION = "profitContribution";

  /** 「合作年限（年）」 (number). */
  public static final String COOPERATION_YEARS = "cooperationYears";

  /** 「发展潜力」 (select). */
  public static final String GROWTH_POTENTIAL = "growthPotential";

  /** 「市场影响力」 (select). */
  public static final String MARKET_INFLUENCE = "marketInfluence";

  private CustomerMajorChangeForm() {}

  /** 「客户编号」 (number, required). */
  public static Long customerId(FormData form) {
    return form.takeWholeNumber(CUSTOMER_ID);
  }

  /** 「变化类型」 (select, required). */
  public static String changeType(FormData form) {
    return form.takeText(CHANGE_TYPE);
  }

  /** 「变化情况说明」 (textarea, required). */
  public static String description(FormData form) {
    return form.takeText(DESCRIPTION);
  }

  /** 「年度采购额（万元）」 (number). */
  public static BigDecimal annualPurchaseAmount(FormData form) {
    return form.takeDecimal(ANNUAL_PURCHASE_AMOUNT);
  }

  /** 「采购频率（次/年）」 (number). */
  public static Long purchaseFrequency(FormData form) {
    return form.takeWholeNumber(PURCHASE_FREQUENCY);
  }

  /** 「利润贡献（万元）」 (number). */
  public static BigDecimal profitContribution(FormData form) {
    return form.takeDecimal(PROFIT_CONTRIBUTION);
  }

  /** 「合作年限（年）」 (number). */
  public static Long cooperationYears(FormData form) {
    return form.takeWholeNumber(COOPERATION_YEARS);
  }

  /** 「发展潜力」 (select). */
  public static String growthPotential(FormData form) {
    return form.takeText(GROWTH_POTENTIAL);
  }

  /** 「市场影响力」 (select). */
  public static String marketInfluence(FormData form) {
    return form.takeText(MARKET_INFLUENCE);
  }
}
