package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/project-requirement-meeting.form} (form id {@code project-requirement-meeting}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectRequirementMeetingForm {

  public static final String FORM = "forms/project-requirement-meeting.form";

  /** 「会议时间」 (textfield, required). */
  public static final String MEETING_TIME = "meetingTime";

  /** 「参会部门及人员」 (textarea, required). */
  public static final String PARTICIPANTS = "participants";

  /** 「会议纪要（需求细节与共识）」 (textarea, required). */
  public static final String MINUTES = "minutes";

  private ProjectRequirementMeetingForm() {}

  /** 「会议时间」 (textfield, required). */
  public static String meetingTime(FormData form) {
    return form.takeText(MEETING_TIME);
  }

  /** 「参会部门及人员」 (textarea, required). */
  public static String participants(FormData form) {
    return form.takeText(PARTICIPANTS);
  }

  /** 「会议纪要（需求细节与共识）」 (textarea, required). */
  public static String minutes(FormData form) {
    return form.takeText(MINUTES);
  }
}
