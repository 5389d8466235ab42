package com.crmflow.platform.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which years the working calendar covers, which uncovered year is coming up, and the years deadlines have been
 * computed into without being covered (each such computation is logged at WARN). Read by the health indicator
 * {@code workingCalendar} and the daily {@link WorkingCalendarCheck}.
 */
@EnableConfigurationProperties(CalendarSettings.class)
@Component
public class CalendarCoverage {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverage.class);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The state on one day. {@code uncoveredYear} is the current year if uncovered, else the next if uncovered. */
  public record Status(LocalDate today, SortedSet<Integer> coveredYears, Integer uncoveredYear,
      Long daysUntilUncoveredYear, boolean attentionNeeded, List<Integer> deadlinesComputedIntoUncoveredYears) {}

  private final WorkingCalendar calendar;
  private final int noticeDays;
  private final SortedSet<Integer> reached = new ConcurrentSkipListSet<>();

  public CalendarCoverage(WorkingCalendar calendar, CalendarSettings settings) {
    this.calendar = calendar;
    this.noticeDays = settings.noticeDays();
    calendar.setUncoveredYearListener(this::computedIntoUncoveredYear);
  }

  public int noticeDays() {
    return noticeDays;
  }

  void computedIntoUncoveredYear(int year, ZonedDateTime start, ZonedDateTime result) {
    reached.add(year);
    LOG.warn("Working calendar does not cover {}: a deadline from {} was computed to {} counting Monday to Friday"
        + " only (holidays and 调休 of {} unknown). An administrator must import {} (PUT /api/admin/calendar/years/{}).",
        year, SHOWN.format(start), SHOWN.format(result), year, year, year);
  }

  public Status status(LocalDate today) {
    Optional<Integer> ahead = uncoveredYearAhead(today);
    Long daysUntil = ahead.map(y -> Math.max(0, ChronoUnit.DAYS.between(today, LocalDate.of(y, 1, 1))))
        .orElse(null);
    return new Status(today, calendar.coveredYears(), ahead.orElse(null), daysUntil,
        needsMaintenance(today).isPresent(), List.copyOf(reached));
  }

  /** The current year if it is not covered, else the next year if it is not covered. */
  public Optional<Integer> uncoveredYearAhead(LocalDate today) {
    if (!calendar.covers(today.getYear())) {
      return Optional.of(today.getYear());
    }
    return calendar.covers(today.getYear() + 1) ? Optional.empty() : Optional.of(today.getYear() + 1);
  }

  /** The uncovered year that needs an administrator now: already begun, or beginning within the notice days. */
  public Optional<Integer> needsMaintenance(LocalDate today) {
    return uncoveredYearAhead(today).filter(y -> y == today.getYear()
        || !today.isBefore(LocalDate.of(y, 1, 1).minusDays(noticeDays)));
  }
}
