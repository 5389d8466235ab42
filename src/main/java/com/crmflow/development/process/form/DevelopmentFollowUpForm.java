package com.crmflow.development.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/development-follow-up.form} (form id {@code development-follow-up}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class DevelopmentFollowUpForm {

  public static final String FORM = "forms/development-follow-up.form";

  /** 「跟进方式」 (select, required). */
  public static final String FOLLOW_UP_WAY = "followUpWay";

  /** 「跟进日期」 (datetime, required). */
  public static final String CONTACTED_ON = "contactedOn";

  /** 「跟进内容」 (textarea, required). */
  public static final String FOLLOW_UP_CONTENT = "followUpContent";

  /** 「客户反馈」 (textarea, required). */
  public static final String CUSTOMER_FEEDBACK = "customerFeedback";

  /** 「解决的问题」 (textarea). */
  public static final String PROBLEMS_SOLVED = "problemsSolved";

  /** 「下一步」 (radio, required). */
  public static final String NEXT_ACTION = "nextAction";

  /** 「下次跟进日期」 (datetime, required). */
  public static final String NEXT_FOLLOW_UP_DATE = "nextFollowUpDate";

  private DevelopmentFollowUpForm() {}

  /** 「跟进方式」 (select, required). */
  public static String followUpWay(FormData form) {
    return form.takeText(FOLLOW_UP_WAY);
  }

  /** 「跟进日期」 (datetime, required). */
  public static LocalDate contactedOn(FormData form) {
    return form.takeDate(CONTACTED_ON);
  }

  /** 「跟进内容」 (textarea, required). */
  public static String followUpContent(FormData form) {
    return form.takeText(FOLLOW_UP_CONTENT);
  }

  /** 「客户反馈」 (textarea, required). */
  public static String customerFeedback(FormData form) {
    return form.takeText(CUSTOMER_FEEDBACK);
  }

  /** 「解决的问题」 (textarea). */
  public static String problemsSolved(FormData form) {
    return form.takeText(PROBLEMS_SOLVED);
  }

  /** 「下一步」 (radio, required). */
  public static String nextAction(FormData form) {
    return form.takeText(NEXT_ACTION);
  }

  /** 「下次跟进日期」 (datetime, required). */
  public static LocalDate nextFollowUpDate(FormData form) {
    return form.takeDate(NEXT_FOLLOW_UP_DATE);
  }
}
