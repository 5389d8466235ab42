package com.crmflow.platform.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Working days: Monday to Friday, minus public holidays, plus the weekend days declared working days (调休).
 * Pure domain logic; the engine uses it through {@link WorkingDayBusinessCalendar}.
 *
 * <p>The calendar knows which years it <em>covers</em> (the years whose State Council notice has been entered).
 * In a year it does not cover it still counts Monday to Friday, but every computation that runs into such a year
 * is reported to the {@link UncoveredYearListener}, so that a deadline is never silently computed from an unknown
 * year. The days can be replaced at run time ({@link #replace}); each computation uses one consistent set.
 */
public class WorkingCalendar {

  /** Told about every computation whose result depends on a year the calendar does not cover. */
  @FunctionalInterface
  public interface UncoveredYearListener {
    void computedIntoUncoveredYear(int year, ZonedDateTime start, ZonedDateTime result);
  }

  /**
   * One period of office hours on a working day, e.g. 09:00–12:00 (from inclusive, to exclusive).
   *
   * @param from when the period starts
   * @param to when it ends, after {@code from} on the same day
   */
  public record OfficeHours(LocalTime from, LocalTime to) {
    public OfficeHours {
      if (from == null || to == null || !to.isAfter(from)) {
        throw new IllegalArgumentException("office hours must end after they start: " + from + "–" + to);
      }
    }
  }

  /** The office hours when working-calendar.yaml names none: 09:00–12:00 and 13:00–18:00. */
  public static final List<OfficeHours> DEFAULT_OFFICE_HOURS = List.of(
      new OfficeHours(LocalTime.of(9, 0), LocalTime.of(12, 0)), new OfficeHours(LocalTime.of(13, 0), LocalTime.of(18, 0)));

  /** One consistent set of days. */
  private record Days(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays, SortedSet<Integer> coveredYears) {}

  private final ZoneId zone;
  private final List<OfficeHours> officeHours;
  private volatile Days days;
  private volatile UncoveredYearListener listener = (year, start, result) -> {};

  /** Covers the years that have at least one of the given days (the seed file lists every year's notice). */
  public WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
    this(zone, holidays, workingWeekendDays, yearsOf(holidays, workingWeekendDays));
  }

  public WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays,
      Set<Integer> coveredYears) {
    this(zone, holidays, workingWeekendDays, coveredYears, DEFAULT_OFFICE_HOURS);
  }

  /**
   * @param officeHours the periods of a working day that count as working hours ({@link #plusWorkingHours}), in
   *     ascending order without overlap
   */
  public WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays,
      Set<Integer> coveredYears, List<OfficeHours> officeHours) {
    this.zone = zone;
    this.officeHours = checked(officeHours);
    this.days = days(holidays, workingWeekendDays, coveredYears);
  }

  private static List<OfficeHours> checked(List<OfficeHours> hours) {
    if (hours == null || hours.isEmpty()) {
      throw new IllegalArgumentException("a working day needs at least one period of office hours");
    }
    for (int i = 1; i < hours.size(); i++) {
      if (hours.get(i).from().isBefore(hours.get(i - 1).to())) {
        throw new IllegalArgumentException("office hours must be in ascending order without overlap: "
            + hours.get(i - 1) + ", " + hours.get(i));
      }
    }
    return List.copyOf(hours);
  }

  public static Set<Integer> yearsOf(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
    return Stream.concat(holidays.stream(), workingWeekendDays.stream()).map(LocalDate::getYear)
        .collect(Collectors.toSet());
  }

  private static Days days(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays, Set<Integer> coveredYears) {
    return new Days(Set.copyOf(holidays), Set.copyOf(workingWeekendDays),
        Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears)));
  }

  public ZoneId zone() {
    return zone;
  }

  /** Today in the calendar's zone, by the engine's clock (which process tests move). */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  /** Replaces all days and covered years at once (an administrator changed the calendar). */
  public void replace(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays, Set<Integer> coveredYears) {
    this.days = days(holidays, workingWeekendDays, coveredYears);
  }

  /** A frozen copy of the current days (no listener), e.g. to recompute from the calendar before a change. */
  public WorkingCalendar copy() {
    Days d = days;
    return new WorkingCalendar(zone, d.holidays(), d.workingWeekendDays(), d.coveredYears(), officeHours);
  }

  /** The office hours of a working day. */
  public List<OfficeHours> officeHours() {
    return officeHours;
  }

  public void setUncoveredYearListener(UncoveredYearListener listener) {
    this.listener = listener == null ? (year, start, result) -> {} : listener;
  }

  public SortedSet<Integer> coveredYears() {
    return days.coveredYears();
  }

  public boolean covers(int year) {
    return days.coveredYears().contains(year);
  }

  public Set<LocalDate> holidays() {
    return days.holidays();
  }

  public Set<LocalDate> workingWeekendDays() {
    return days.workingWeekendDays();
  }

  public boolean isWorkingDay(LocalDate day) {
    return isWorkingDay(days, day);
  }

  private static boolean isWorkingDay(Days d, LocalDate day) {
    if (d.holidays().contains(day)) {
      return false;
    }
    if (d.workingWeekendDays().contains(day)) {
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
    Days d = days;
    ZonedDateTime from = start.withZoneSameInstant(zone);
    ZonedDateTime cursor = from;
    int counted = 0;
    while (counted < workingDays) {
      cursor = cursor.plusDays(1);
      if (isWorkingDay(d, cursor.toLocalDate())) {
        counted++;
      }
    }
    return reported(d, from, cursor);
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
    Days d = days;
    ZonedDateTime from = start.withZoneSameInstant(zone);
    ZonedDateTime cursor = from;
    Duration left = duration;
    while (true) {
      ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
      if (isWorkingDay(d, cursor.toLocalDate())) {
        Duration today = Duration.between(cursor, nextMidnight);
        if (left.compareTo(today) <= 0) {
          return reported(d, from, cursor.plus(left));
        }
        left = left.minus(today);
      }
      cursor = nextMidnight;
    }
  }

  /**
   * The instant {@code duration} of working hours after {@code start}: the clock runs only during the office hours
   * ({@link #officeHours()}) of working days, so a 30-minute response time received at 17:50 on a Friday is due at
   * 09:20 on Monday, one received during the lunch break or at night starts counting when the office opens. A result
   * that falls exactly on the end of a period is that end (17:50 + 10 min = 18:00 the same day).
   */
  public ZonedDateTime plusWorkingHours(ZonedDateTime start, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    Days d = days;
    ZonedDateTime from = start.withZoneSameInstant(zone);
    ZonedDateTime cursor = from;
    Duration left = duration;
    while (true) {
      LocalDate day = cursor.toLocalDate();
      if (isWorkingDay(d, day)) {
        for (OfficeHours h : officeHours) {
          ZonedDateTime open = day.atTime(h.from()).atZone(zone);
          ZonedDateTime close = day.atTime(h.to()).atZone(zone);
          if (!cursor.isBefore(close)) {
            continue;
          }
          ZonedDateTime begin = cursor.isAfter(open) ? cursor : open;
          Duration available = Duration.between(begin, close);
          if (left.compareTo(available) <= 0) {
            return reported(d, from, begin.plus(left));
          }
          left = left.minus(available);
          cursor = close;
        }
      }
      cursor = day.plusDays(1).atStartOfDay(zone);
    }
  }

  /** The working hours between two instants: the inverse of {@link #plusWorkingHours} for the same calendar. */
  public Duration workingHoursBetween(ZonedDateTime start, ZonedDateTime end) {
    Days d = days;
    ZonedDateTime from = start.withZoneSameInstant(zone);
    ZonedDateTime until = end.withZoneSameInstant(zone);
    Duration total = Duration.ZERO;
    for (LocalDate day = from.toLocalDate(); !day.isAfter(until.toLocalDate()); day = day.plusDays(1)) {
      if (!isWorkingDay(d, day)) {
        continue;
      }
      for (OfficeHours h : officeHours) {
        ZonedDateTime open = day.atTime(h.from()).atZone(zone);
        ZonedDateTime close = day.atTime(h.to()).atZone(zone);
        ZonedDateTime a = open.isBefore(from) ? from : open;
        ZonedDateTime b = close.isAfter(until) ? until : close;
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  /**
   * The number of working days after {@code start}'s day up to and including {@code end}'s day: the inverse of
   * {@link #plusWorkingDays(ZonedDateTime, int)} for the same calendar.
   */
  public int workingDaysBetween(ZonedDateTime start, ZonedDateTime end) {
    Days d = days;
    LocalDate day = start.withZoneSameInstant(zone).toLocalDate();
    LocalDate last = end.withZoneSameInstant(zone).toLocalDate();
    int n = 0;
    while (day.isBefore(last)) {
      day = day.plusDays(1);
      if (isWorkingDay(d, day)) {
        n++;
      }
    }
    return n;
  }

  /** The working time between two instants: the inverse of {@link #plusWorkingTime} for the same calendar. */
  public Duration workingTimeBetween(ZonedDateTime start, ZonedDateTime end) {
    Days d = days;
    ZonedDateTime cursor = start.withZoneSameInstant(zone);
    ZonedDateTime until = end.withZoneSameInstant(zone);
    Duration total = Duration.ZERO;
    while (cursor.isBefore(until)) {
      ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
      ZonedDateTime stop = nextMidnight.isBefore(until) ? nextMidnight : until;
      if (isWorkingDay(d, cursor.toLocalDate())) {
        total = total.plus(Duration.between(cursor, stop));
      }
      cursor = nextMidnight;
    }
    return total;
  }

  /** The years between the two instants (both included) that the calendar does not cover. */
  public SortedSet<Integer> uncoveredYearsBetween(ZonedDateTime start, ZonedDateTime end) {
    return uncovered(days, start.withZoneSameInstant(zone).getYear(), end.withZoneSameInstant(zone).getYear());
  }

  private static SortedSet<Integer> uncovered(Days d, int fromYear, int toYear) {
    SortedSet<Integer> years = new TreeSet<>();
    for (int y = fromYear; y <= toYear; y++) {
      if (!d.coveredYears().contains(y)) {
        years.add(y);
      }
    }
    return years;
  }

  private ZonedDateTime reported(Days d, ZonedDateTime start, ZonedDateTime result) {
    for (int year : uncovered(d, start.getYear(), result.getYear())) {
      listener.computedIntoUncoveredYear(year, start, result);
    }
    return result;
  }
}
