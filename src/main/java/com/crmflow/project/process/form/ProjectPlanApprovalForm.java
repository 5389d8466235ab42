package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-plan-approval.form} (form id {@code project-plan-approval}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectPlanApprovalForm {

  public static final String FORM = "forms/project-plan-approval.form";

  /** 「批准该方案」 (checkbox). */
  public static final String PLAN_APPROVED = "planApproved";

  /** 「审批意见（提出修改时必填）」 (textarea). */
  public static final String REVIEW_COMMENT = "reviewComment";

  private ProjectPlanApprovalForm() {}

  /** 「批准该方案」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean planApproved(FormData form) {
    return form.takeFlag(PLAN_APPROVED);
  }

  /** 「审批意见（提出修改时必填）」 (textarea). */
  public static String reviewComment(FormData form) {
    return form.takeText(REVIEW_COMMENT);
  }
}
