package com.crmflow.care.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The rules of greeting generation (SPEC P8), without Spring: which birthdays and holidays fall due when. */
public final class CareRules {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private CareRules() {}

  /**
   * The next birthday on or after {@code from}. 29 February falls on 28 February in other years, so that the
   * contact is greeted every year.
   */
  public static LocalDate nextBirthday(LocalDate birthday, LocalDate from) {
    MonthDay md = MonthDay.from(birthday);
    LocalDate thisYear = onYear(md, from.getYear());
    return thisYear.isBefore(from) ? onYear(md, from.getYear() + 1) : thisYear;
  }

  private static LocalDate onYear(MonthDay md, int year) {
    return md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, 2, 28);
  }

  /**
   * The birthday to greet for when generating on {@code today} with {@code daysAhead} days of notice: the next
   * birthday when it is at most {@code daysAhead} days away (today included, so a missed run catches up), else none.
   */
  public static Optional<LocalDate> birthdayDue(LocalDate birthday, LocalDate today, int daysAhead) {
    if (birthday == null || birthday.isAfter(today)) {
      return Optional.empty();
    }
    LocalDate next = nextBirthday(birthday, today);
    return next.isAfter(today.plusDays(daysAhead)) ? Optional.empty() : Optional.of(next);
  }

  /** The first day of each run of consecutive holidays (a holiday period such as 10-01 … 10-07), in order. */
  public static List<LocalDate> holidayStarts(Set<LocalDate> holidays) {
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate d : new TreeSet<>(holidays)) {
      if (!holidays.contains(d.minusDays(1))) {
        starts.add(d);
      }
    }
    return starts;
  }

  /** The holiday periods starting in [today, today + daysAhead]. */
  public static List<LocalDate> holidaysDue(Set<LocalDate> holidays, LocalDate today, int daysAhead) {
    return holidayStarts(holidays).stream().filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(daysAhead)))
        .toList();
  }

  /** The holiday's name from {@code crm.care.holiday-names} (MM-dd of its first day), else 节假日（10月1日起）. */
  public static String holidayName(LocalDate start, Map<String, String> names) {
    String name = names.get(start.format(MONTH_DAY));
    return name != null && !name.isBlank() ? name.trim()
        : "节假日（" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日起）";
  }

  public static String birthdayKey(Long contactId, LocalDate on) {
    return CareGreeting.BIRTHDAY + ":" + contactId + ":" + on;
  }

  public static String holidayKey(String owner, LocalDate start) {
    return CareGreeting.HOLIDAY + ":" + owner + ":" + start;
  }
}
