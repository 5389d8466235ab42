package com.crmflow.development.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/development-visit-record.form} (form id {@code development-visit-record}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class DevelopmentVisitRecordForm {

  public static final String FORM = "forms/development-visit-record.form";

  /** 「实际拜访日期」 (datetime, required). */
  public static final String VISITED_ON = "visitedOn";

  /** 「拜访记录（沟通内容、客户反馈和意见）」 (textarea, required). */
  public static final String VISIT_RECORD = "visitRecord";

  /** 「拜访总结」 (textarea, required). */
  public static final String VISIT_SUMMARY = "visitSummary";

  /** 「客户合作意向」 (radio, required). */
  public static final String INTENTION = "intention";

  /** 「下一步行动计划」 (textarea, required). */
  public static final String NEXT_STEP = "nextStep";

  private DevelopmentVisitRecordForm() {}

  /** 「实际拜访日期」 (datetime, required). */
  public static LocalDate visitedOn(FormData form) {
    return form.takeDate(VISITED_ON);
  }

  /** 「拜访记录（沟通内容、客户反馈和意见）」 (textarea, required). */
  public static String visitRecord(FormData form) {
    return form.takeText(VISIT_RECORD);
  }

  /** 「拜访总结」 (textarea, required). */
  public static String visitSummary(FormData form) {
    return form.takeText(VISIT_SUMMARY);
  }

  /** 「客户合作意向」 (radio, required). */
  public static String intention(FormData form) {
    return form.takeText(INTENTION);
  }

  /** 「下一步行动计划」 (textarea, required). */
  public static String nextStep(FormData form) {
    return form.takeText(NEXT_STEP);
  }
}
