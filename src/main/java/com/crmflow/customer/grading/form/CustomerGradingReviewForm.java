package com.crmflow.customer.grading.form;

import com.crmflow.platform.forms.FormData;
import java.util.List;

/**
 * The fields of {@code forms/customer-grading-review.form} (form id {@code customer-grading-review}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CustomerGradingReviewForm {

  public static final String FORM = "forms/customer-grading-review.form";

  /** 「批准的等级调整（未勾选的保持原等级）」 (checklist). */
  public static final String APPROVED_CHANGES = "approvedChanges";

  /** 「调整为其他等级（每行一项：评定编号 等级 理由，例如「1024 B 战略客户名单本季度不调整」）」 (textarea). */
  public static final String OVERRIDES = "overrides";

  /** 「其余等级调整（未在上表列出的）」 (select). */
  public static final String REMAINING_DECISION = "remainingDecision";

  private CustomerGradingReviewForm() {}

  /** 「批准的等级调整（未勾选的保持原等级）」 (checklist). */
  public static List<String> approvedChanges(FormData form) {
    return form.takeList(APPROVED_CHANGES);
  }

  /** 「调整为其他等级（每行一项：评定编号 等级 理由，例如「1024 B 战略客户名单本季度不调整」）」 (textarea). */
  public static String overrides(FormData form) {
    return form.takeText(OVERRIDES);
  }

  /** 「其余等级调整（未在上表列出的）」 (select). */
  public static String remainingDecision(FormData form) {
    return form.takeText(REMAINING_DECISION);
  }
}
