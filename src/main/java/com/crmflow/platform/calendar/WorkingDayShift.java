package com.crmflow.platform.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;

/** Moving a "n working days after start" time from the calendar before a change to the calendar after it. */
public final class WorkingDayShift {

  private WorkingDayShift() {}

  /**
   * The due time that {@code start} + the same number of working days gives with {@code after}, where the number
   * is what {@code before} counted between {@code start} and {@code due}. The time of day of {@code due} is kept
   * (timers and tasks created a few milliseconds apart move alike).
   */
  public static Instant workingDays(Instant start, Instant due, WorkingCalendar before, WorkingCalendar after) {
    ZonedDateTime from = start.atZone(before.zone());
    ZonedDateTime oldDue = due.atZone(before.zone());
    int days = before.workingDaysBetween(from, oldDue);
    ZonedDateTime anchored = oldDue.with(from.toLocalDate());
    return after.plusWorkingDays(anchored, days).toInstant();
  }
}
