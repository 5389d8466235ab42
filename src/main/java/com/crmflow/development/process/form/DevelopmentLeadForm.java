package com.crmflow.development.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/development-lead.form} (form id {@code development-lead}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class DevelopmentLeadForm {

  public static final String FORM = "forms/development-lead.form";

  /** 「线索来源」 (select, required). */
  public static final String CHANNEL = "channel";

  /** 「推荐员工（用户名）」 (textfield, required). */
  public static final String REFERRER = "referrer";

  /** 「公司名称」 (textfield, required). */
  public static final String COMPANY_NAME = "companyName";

  /** 「统一社会信用代码」 (textfield). */
  public static final String CREDIT_CODE = "creditCode";

  /** 「所属行业」 (textfield, required). */
  public static final String INDUSTRY = "industry";

  /** 「企业规模」 (select, required). */
  public static final String SCALE = "scale";

  /** 「需求信息」 (textarea, required). */
  public static final String NEEDS = "needs";

  /** 「背景信息」 (textarea). */
  public static final String BACKGROUND = "background";

  private DevelopmentLeadForm() {}

  /** 「线索来源」 (select, required). */
  public static String channel(FormData form) {
    return form.takeText(CHANNEL);
  }

  /** 「推荐员工（用户名）」 (textfield, required). */
  public static String referrer(FormData form) {
    return form.takeText(REFERRER);
  }

  /** 「公司名称」 (textfield, required). */
  public static String companyName(FormData form) {
    return form.takeText(COMPANY_NAME);
  }

  /** 「统一社会信用代码」 (textfield). */
  public static String creditCode(FormData form) {
    return form.takeText(CREDIT_CODE);
  }

  /** 「所属行业」 (textfield, required). */
  public static String industry(FormData form) {
    return form.takeText(INDUSTRY);
  }

  /** 「企业规模」 (select, required). */
  public static String scale(FormData form) {
    return form.takeText(SCALE);
  }

  /** 「需求信息」 (textarea, required). */
  public static String needs(FormData form) {
    return form.takeText(NEEDS);
  }

  /** 「背景信息」 (textarea). */
  public static String background(FormData form) {
    return form.takeText(BACKGROUND);
  }
}
