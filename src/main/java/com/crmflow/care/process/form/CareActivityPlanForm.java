package com.crmflow.care.process.form;

import com.crmflow.platform.forms.FormData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of {@code forms/care-activity-plan.form} (form id {@code care-activity-plan}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class CareActivityPlanForm {

  public static final String FORM = "forms/care-activity-plan.form";

  /** 「活动类型」 (select, required). */
  public static final String KIND = "kind";

  /** 「活动名称」 (textfield, required). */
  public static final String TITLE = "title";

  /** 「活动日期」 (datetime, required). */
  public static final String PLANNED_ON = "plannedOn";

  /** 「活动地点」 (textfield). */
  public static final String PLACE = "place";

  /** 「活动内容」 (textarea, required). */
  public static final String CONTENT = "content";

  /** 「预算（元）」 (number). */
  public static final String BUDGET = "budget";

  /** 「目标客户」 (radio, required). */
  public static final String TARGET_MODE = "targetMode";

  /** 「客户等级」 (checklist). */
  public static final String GRADES = "grades";

  /** 「客户」 (taglist). */
  public static final String CUSTOMER_IDS = "customerIds";

  private CareActivityPlanForm() {}

  /** 「活动类型」 (select, required). */
  public static String kind(FormData form) {
    return form.takeText(KIND);
  }

  /** 「活动名称」 (textfield, required). */
  public static String title(FormData form) {
    return form.takeText(TITLE);
  }

  /** 「活动日期」 (datetime, required). */
  public static LocalDate plannedOn(FormData form) {
    return form.takeDate(PLANNED_ON);
  }

  /** 「活动地点」 (textfield). */
  public static String place(FormData form) {
    return form.takeText(PLACE);
  }

  /** 「活动内容」 (textarea, required). */
  public static String content(FormData form) {
    return form.takeText(CONTENT);
  }

  /** 「预算（元）」 (number). */
  public static BigDecimal budget(FormData form) {
    return form.takeDecimal(BUDGET);
  }

  /** 「目标客户」 (radio, required). */
  public static String targetMode(FormData form) {
    return form.takeText(TARGET_MODE);
  }

  /** 「客户等级」 (checklist). */
  public static List<String> grades(FormData form) {
    return form.takeList(GRADES);
  }

  /** 「客户」 (taglist). */
  public static List<String> customerIds(FormData form) {
    return form.takeList(CUSTOMER_IDS);
  }
}
