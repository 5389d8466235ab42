package com.crmflow.platform.calendar.form;

import com.crmflow.platform.forms.FormData;

/**
 * The fields of {@code forms/working-calendar-maintenance.form} (form id {@code working-calendar-maintenance}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class WorkingCalendarMaintenanceForm {

  public static final String FORM = "forms/working-calendar-maintenance.form";

  /** 「备注」 (textarea). */
  public static final String CALENDAR_NOTE = "calendarNote";

  private WorkingCalendarMaintenanceForm() {}

  /** 「备注」 (textarea). */
  public static String calendarNote(FormData form) {
    return form.takeText(CALENDAR_NOTE);
  }
}
