package com.crmflow.agreement.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * The fields of {@code forms/agreement-meeting.form} (form id {@code agreement-meeting}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class AgreementMeetingForm {

  public static final String FORM = "forms/agreement-meeting.form";

  /** 「会议日期」 (datetime, required). */
  public static final String MEETING_DATE = "meetingDate";

  /** 「参会人员」 (textarea, required). */
  public static final String ATTENDEES = "attendees";

  /** 「会议纪要」 (textarea, required). */
  public static final String MINUTES = "minutes";

  /** 「会议决定」 (textarea). */
  public static final String DECISIONS = "decisions";

  /** 「风险登记」 (dynamiclist). */
  public static final String RISKS = "risks";
  public static final String RISKS_RISK_ID = "riskId";
  public static final String RISKS_DESCRIPTION = "description";
  public static final String RISKS_CATEGORY = "category";
  public static final String RISKS_LIKELIHOOD = "likelihood";
  public static final String RISKS_IMPACT = "impact";
  public static final String RISKS_MEASURES = "measures";
  public static final String RISKS_RISK_OWNER = "riskOwner";
  public static final String RISKS_RISK_STATUS = "riskStatus";

  private AgreementMeetingForm() {}

  /** 「会议日期」 (datetime, required). */
  public static LocalDate meetingDate(FormData form) {
    return form.takeDate(MEETING_DATE);
  }

  /** 「参会人员」 (textarea, required). */
  public static String attendees(FormData form) {
    return form.takeText(ATTENDEES);
  }

  /** 「会议纪要」 (textarea, required). */
  public static String minutes(FormData form) {
    return form.takeText(MINUTES);
  }

  /** 「会议决定」 (textarea). */
  public static String decisions(FormData form) {
    return form.takeText(DECISIONS);
  }

  /** 「风险登记」 (dynamiclist). */
  public static JsonNode risks(FormData form) {
    return form.takeJson(RISKS);
  }
}
