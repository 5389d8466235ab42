package com.crmflow.consultation.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/consultation-answer.form} (form id {@code consultation-answer}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ConsultationAnswerForm {

  public static final String FORM = "forms/consultation-answer.form";

  /** 「答复内容」 (textarea, required). */
  public static final String ANSWER = "answer";

  /** 「答复方式」 (select, required). */
  public static final String ANSWER_WAY = "answerWay";

  /** 「咨询问题已解决」 (checkbox). */
  public static final String RESOLVED = "resolved";

  private ConsultationAnswerForm() {}

  /** 「答复内容」 (textarea, required). */
  public static String answer(FormData form) {
    return form.takeText(ANSWER);
  }

  /** 「答复方式」 (select, required). */
  public static String answerWay(FormData form) {
    return form.takeText(ANSWER_WAY);
  }

  /** 「咨询问题已解决」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean resolved(FormData form) {
    return form.takeFlag(RESOLVED);
  }
}
