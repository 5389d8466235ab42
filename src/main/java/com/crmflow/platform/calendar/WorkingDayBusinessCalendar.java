package com.crmflow.platform.calendar;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * A Camunda business calendar that understands working days, so timers and task due dates share one rule.
 *
 * <p>{@code P<n>WD} (e.g. {@code P3WD}) means "n working days from now" (or from the given start). Every other
 * value is passed to the engine's standard calendar it replaces, so ISO 8601 dates, durations and cycles keep
 * working. Registered under the engine's names {@code duration} (timer durations) and {@code dueDate}
 * (timer dates and user-task due/follow-up dates).
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

  public static final Pattern WORKING_DAYS = Pattern.compile("^P(\\d{1,4})WD$");

  private final BusinessCalendar standard;
  private final WorkingCalendar calendar;

  public WorkingDayBusinessCalendar(BusinessCalendar standard, WorkingCalendar calendar) {
    this.standard = standard;
    this.calendar = calendar;
  }

  /** "n working days" value for BPMN expressions, e.g. {@code workingDays(3)} = {@code P3WD}. */
  public static String workingDays(int days) {
    return "P" + days + "WD";
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    Matcher m = description == null ? null : WORKING_DAYS.matcher(description.trim());
    if (m != null && m.matches()) {
      Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
      return calendar.plusWorkingDays(start, Integer.parseInt(m.group(1)));
    }
    return startDate == null ? standard.resolveDuedate(description) : standard.resolveDuedate(description, startDate);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    Matcher m = description == null ? null : WORKING_DAYS.matcher(description.trim());
    if (m != null && m.matches()) {
      return resolveDuedate(description, (Date) null);
    }
    return standard.resolveDuedate(description, task);
  }
}
