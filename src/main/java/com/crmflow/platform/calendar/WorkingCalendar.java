package com.crmflow.platform.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

/**
 * Working days: Monday to Friday, minus public holidays, plus the weekend days declared working days (调休).
 * Pure domain logic; the engine uses it through {@link WorkingDayBusinessCalendar}.
 */
public class WorkingCalendar {

  private final ZoneId zone;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekendDays;

  public WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
    this.zone = zone;
    this.holidays = Set.copyOf(holidays);
    this.workingWeekendDays = Set.copyOf(workingWeekendDays);
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isWorkingDay(LocalDate day) {
    if (holidays.contains(day)) {
      return false;
    }
    if (workingWeekendDays.contains(day)) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The instant {@code workingDays} working days after {@code start}, at the same time of day.
   * Each counted day must be a working day; rest days in between are skipped. Starting on a rest day counts
   * from the next working day, e.g. Saturday 10:00 + 1 working day = Monday 10:00.
   */
  public ZonedDateTime plusWorkingDays(ZonedDateTime start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    ZonedDateTime cursor = start.withZoneSameInstant(zone);
    int counted = 0;
    while (counted < workingDays) {
      cursor = cursor.plusDays(1);
      if (isWorkingDay(cursor.toLocalDate())) {
        counted++;
      }
    }
    return cursor;
  }

  public Date plusWorkingDays(Date start, int workingDays) {
    return Date.from(plusWorkingDays(start.toInstant().atZone(zone), workingDays).toInstant());
  }

  /**
   * The instant {@code duration} of working time after {@code start}: the clock runs only on working days (all
   * 24 hours of them) and stands still on weekends and holidays. Friday 18:00 + 24 h = Monday 18:00; a start on a
   * rest day counts from the next working day's midnight.
   */
  public ZonedDateTime plusWorkingTime(ZonedDateTime start, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    ZonedDateTime cursor = start.withZoneSameInstant(zone);
    Duration left = duration;
    while (true) {
      ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
      if (isWorkingDay(cursor.toLocalDate())) {
        Duration today = Duration.between(cursor, nextMidnight);
        if (left.compareTo(today) <= 0) {
          return cursor.plus(left);
        }
        left = left.minus(today);
      }
      cursor = nextMidnight;
    }
  }
}
