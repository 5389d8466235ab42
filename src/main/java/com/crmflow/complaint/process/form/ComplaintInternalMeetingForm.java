package com.crmflow.complaint.process.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/complaint-internal-meeting.form} (form id {@code complaint-internal-meeting}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintInternalMeetingForm {

  public static final String FORM = "forms/complaint-internal-meeting.form";

  /** 「参会人员」 (textfield, required). */
  public static final String MEETING_PARTICIPANTS = "meetingParticipants";

  /** 「会议纪要与决定」 (textarea, required). */
  public static final String MEETING_MINUTES = "meetingMinutes";

  private ComplaintInternalMeetingForm() {}

  /** 「参会人员」 (textfield, required). */
  public static String meetingParticipants(FormData form) {
    return form.takeText(MEETING_PARTICIPANTS);
  }

  /** 「会议纪要与决定」 (textarea, required). */
  public static String meetingMinutes(FormData form) {
    return form.takeText(MEETING_MINUTES);
  }
}
