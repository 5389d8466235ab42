package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-investigation.form} (form id {@code complaint-investigation}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintInvestigationForm {

  public static final String FORM = "forms/complaint-investigation.form";

  /** 「调查经过与细节」 (textarea, required). */
  public static final String INVESTIGATION_DETAILS = "investigationDetails";

  /** 「证据材料（附件名称、存放位置）」 (textarea). */
  public static final String EVIDENCE = "evidence";

  /** 「投诉原因」 (select, required). */
  public static final String CAUSE = "cause";

  /** 「原因分析」 (textarea, required). */
  public static final String CAUSE_DETAIL = "causeDetail";

  /** 「责任部门」 (select, required). */
  public static final String RESPONSIBLE_DEPARTMENT = "responsibleDepartment";

  /** 「责任人」 (textfield). */
  public static final String RESPONSIBLE_PERSON = "responsiblePerson";

  /** 「需要召开内部会议」 (checkbox). */
  public static final String MEETING_NEEDED = "meetingNeeded";

  private ComplaintInvestigationForm() {}

  /** 「调查经过与细节」 (textarea, required). */
  public static String investigationDetails(FormData form) {
    return form.takeText(INVESTIGATION_DETAILS);
  }

  /** 「证据材料（附件名称、存放位置）」 (textarea). */
  public static String evidence(FormData form) {
    return form.takeText(EVIDENCE);
  }

  /** 「投诉原因」 (select, required). */
  public static String cause(FormData form) {
    return form.takeText(CAUSE);
  }

  /** 「原因分析」 (textarea, required). */
  public static String causeDetail(FormData form) {
    return form.takeText(CAUSE_DETAIL);
  }

  /** 「责任部门」 (select, required). */
  public static String responsibleDepartment(FormData form) {
    return form.takeText(RESPONSIBLE_DEPARTMENT);
  }

  /** 「责任人」 (textfield). */
  public static String responsiblePerson(FormData form) {
    return form.takeText(RESPONSIBLE_PERSON);
  }

  /** 「需要召开内部会议」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean meetingNeeded(FormData form) {
    return form.takeFlag(MEETING_NEEDED);
  }
}
