package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-customer-acceptance.form} (form id {@code project-customer-acceptance}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectCustomerAcceptanceForm {

  public static final String FORM = "forms/project-customer-acceptance.form";

  /** 「成果质量」 (radio, required). */
  public static final String QUALITY = "quality";

  /** 「成果数量」 (radio, required). */
  public static final String QUANTITY = "quantity";

  /** 「交付时间」 (radio, required). */
  public static final String DELIVERY_TIME = "deliveryTime";

  /** 「服务水平」 (radio, required). */
  public static final String SERVICE_LEVEL = "serviceLevel";

  /** 「验收合格」 (checkbox). */
  public static final String ACCEPTANCE_PASSED = "acceptancePassed";

  /** 「客户意见（不合格时必填）」 (textarea). */
  public static final String CUSTOMER_OPINION = "customerOpinion";

  /** 「《项目验收报告》签署人（合格时必填）」 (textfield). */
  public static final String SIGNER_NAME = "signerName";

  private ProjectCustomerAcceptanceForm() {}

  /** 「成果质量」 (radio, required). */
  public static String quality(FormData form) {
    return form.takeText(QUALITY);
  }

  /** 「成果数量」 (radio, required). */
  public static String quantity(FormData form) {
    return form.takeText(QUANTITY);
  }

  /** 「交付时间」 (radio, required). */
  public static String deliveryTime(FormData form) {
    return form.takeText(DELIVERY_TIME);
  }

  /** 「服务水平」 (radio, required). */
  public static String serviceLevel(FormData form) {
    return form.takeText(SERVICE_LEVEL);
  }

  /** 「验收合格」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean acceptancePassed(FormData form) {
    return form.takeFlag(ACCEPTANCE_PASSED);
  }

  /** 「客户意见（不合格时必填）」 (textarea). */
  public static String customerOpinion(FormData form) {
    return form.takeText(CUSTOMER_OPINION);
  }

  /** 「《项目验收报告》签署人（合格时必填）」 (textfield). */
  public static String signerName(FormData form) {
    return form.takeText(SIGNER_NAME);
  }
}
