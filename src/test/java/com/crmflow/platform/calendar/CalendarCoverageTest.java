package com.crmflow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Years the calendar covers, what happens at a year boundary into an uncovered year, the 60-day notice, and
 * recomputing a deadline after the calendar changed (the inverse computations the recalculation relies on).
 */
@Verifies("X.3")
class CalendarCoverageTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  WorkingCalendar calendar;
  final List<String> flagged = new ArrayList<>();

  @BeforeEach
  void load() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("config/working-calendar.yaml"))) {
      calendar = WorkingCalendarConfig.fromYaml(in);
    }
    calendar.setUncoveredYearListener((year, start, result) -> flagged.add(year + ":" + result.toLocalDateTime()));
  }

  private static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(BEIJING);
  }

  @Test
  void theSeedCoversExactlyTheYearsItLists() {
    assertThat(calendar.coveredYears()).containsExactly(2026);
    assertThat(calendar.covers(2026)).isTrue();
    assertThat(calendar.covers(2027)).as("2027's notice is not in the seed: it must be flagged, not guessed").isFalse();
  }

  @Test
  void aDeadlineInsideACoveredYearIsNotFlagged() {
    calendar.plusWorkingDays(at("2026-12-28T10:00"), 3);
    calendar.plusWorkingTime(at("2026-12-30T10:00"), Duration.ofHours(24));
    assertThat(flagged).isEmpty();
  }

  @Test
  void aDeadlineRunningIntoAnUncoveredYearIsFlaggedWithThatYear() {
    // Thursday 31 Dec 2026 + 1 working day: Friday 1 Jan 2027 (New Year, unknown to the calendar) counts as working
    assertThat(calendar.plusWorkingDays(at("2026-12-31T10:00"), 1)).isEqualTo(at("2027-01-01T10:00"));
    assertThat(flagged).containsExactly("2027:2027-01-01T10:00");
    flagged.clear();
    // working time across the boundary: 14 h left on 31 Dec, 10 h on 1 Jan 2027
    assertThat(calendar.plusWorkingTime(at("2026-12-31T10:00"), Duration.ofHours(24))).isEqualTo(at("2027-01-01T10:00"));
    assertThat(flagged).containsExactly("2027:2027-01-01T10:00");
  }

  @Test
  void exactlyMidnightOfTheNewYearIsInTheNewYear() {
    // 14 h of working time from 31 Dec 10:00 end at 1 Jan 2027 00:00 — already the uncovered year
    assertThat(calendar.plusWorkingTime(at("2026-12-31T10:00"), Duration.ofHours(14))).isEqualTo(at("2027-01-01T00:00"));
    assertThat(flagged).containsExactly("2027:2027-01-01T00:00");
    flagged.clear();
    assertThat(calendar.plusWorkingTime(at("2026-12-31T10:00"), Duration.ofHours(13))).isEqualTo(at("2026-12-31T23:00"));
    assertThat(flagged).isEmpty();
  }

  @Test
  void onceTheYearIsImportedItsHolidaysCountAndNothingIsFlagged() {
    Set<LocalDate> holidays = new java.util.HashSet<>(calendar.holidays());
    holidays.add(LocalDate.parse("2027-01-01"));
    Set<Integer> years = Set.of(2026, 2027);
    calendar.replace(holidays, calendar.workingWeekendDays(), years);
    assertThat(calendar.plusWorkingDays(at("2026-12-31T10:00"), 1)).as("New Year skipped, then the weekend")
        .isEqualTo(at("2027-01-04T10:00"));
    assertThat(flagged).isEmpty();
  }

  @Test
  void theNoticeStartsSixtyDaysBeforeAnUncoveredYear() {
    CalendarCoverage coverage = new CalendarCoverage(calendar, new CalendarSettings(null, 60, "0 0 7 * * *", java.time.Duration.ofMinutes(5)));
    assertThat(coverage.needsMaintenance(LocalDate.parse("2026-11-01"))).as("61 days before").isEmpty();
    assertThat(coverage.needsMaintenance(LocalDate.parse("2026-11-02"))).as("60 days before").contains(2027);
    assertThat(coverage.needsMaintenance(LocalDate.parse("2027-03-01"))).as("inside the uncovered year")
        .contains(2027);
    CalendarCoverage.Status s = coverage.status(LocalDate.parse("2026-06-01"));
    assertThat(s.uncoveredYear()).isEqualTo(2027);
    assertThat(s.attentionNeeded()).isFalse();
    assertThat(coverage.status(LocalDate.parse("2026-12-02")).daysUntilUncoveredYear()).isEqualTo(30);
    // the listener now feeds the coverage: years deadlines ran into show up in the health details
    calendar.plusWorkingDays(at("2026-12-31T10:00"), 1);
    assertThat(coverage.status(LocalDate.parse("2026-12-31")).deadlinesComputedIntoUncoveredYears()).containsExactly(2027);
  }

  @Test
  void workingTimeBetweenIsTheInverseOfPlusWorkingTime() {
    ZonedDateTime start = at("2026-09-30T20:00");
    ZonedDateTime due = calendar.plusWorkingTime(start, Duration.ofHours(48));
    assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(Duration.ofHours(48));
    ZonedDateTime saturday = at("2026-11-28T10:00");
    assertThat(calendar.workingTimeBetween(saturday, calendar.plusWorkingTime(saturday, Duration.ofHours(2))))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void workingDaysBetweenIsTheInverseOfPlusWorkingDays() {
    for (String s : List.of("2026-04-30T10:00", "2026-09-30T10:00", "2026-11-28T10:00", "2026-02-13T09:30")) {
      for (int n = 0; n <= 12; n++) {
        ZonedDateTime start = at(s);
        assertThat(calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, n))).as(s + " + " + n).isEqualTo(n);
      }
    }
  }

  @Test
  void aNewHolidayMovesAWorkingTimeDeadlineAndAWorkingDayDeadline() {
    WorkingCalendar before = calendar.copy();
    ZonedDateTime start = at("2026-12-02T10:00");
    Instant due = calendar.plusWorkingTime(start, Duration.ofHours(48)).toInstant();
    assertThat(due).isEqualTo(at("2026-12-04T10:00").toInstant());
    Instant dayDue = calendar.plusWorkingDays(start, 3).toInstant();
    assertThat(dayDue).isEqualTo(at("2026-12-07T10:00").toInstant());

    Set<LocalDate> holidays = new java.util.HashSet<>(calendar.holidays());
    holidays.add(LocalDate.parse("2026-12-03"));
    calendar.replace(holidays, calendar.workingWeekendDays(), calendar.coveredYears());

    // the 48 h already given: 14 h on 2 Dec, (3 Dec now a holiday), 24 h on 4 Dec, 10 h on Monday 7 Dec
    Duration given = before.workingTimeBetween(start, due.atZone(BEIJING));
    assertThat(calendar.plusWorkingTime(start, given)).isEqualTo(at("2026-12-07T10:00"));
    assertThat(WorkingDayShift.workingDays(start.toInstant(), dayDue, before, calendar))
        .isEqualTo(at("2026-12-08T10:00").toInstant());
    // the frozen copy did not change with the shared calendar
    assertThat(before.isWorkingDay(LocalDate.parse("2026-12-03"))).isTrue();
  }

  @Test
  void removingAHolidayMovesTheDeadlineEarlier() {
    WorkingCalendar before = calendar.copy();
    ZonedDateTime start = at("2026-09-30T10:00");
    Instant due = calendar.plusWorkingDays(start, 1).toInstant();
    assertThat(due).isEqualTo(at("2026-10-08T10:00").toInstant());
    Set<LocalDate> holidays = new java.util.HashSet<>(calendar.holidays());
    holidays.remove(LocalDate.parse("2026-10-01"));
    calendar.replace(holidays, calendar.workingWeekendDays(), calendar.coveredYears());
    assertThat(WorkingDayShift.workingDays(start.toInstant(), due, before, calendar))
        .isEqualTo(at("2026-10-01T10:00").toInstant());
  }

  @Test
  void inputValidationNamesTheField() {
    assertThatThrownBy(() -> WorkingCalendarAdmin.validate("days[0].", null, "HOLIDAY", null, 2026))
        .isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("days[0].date");
    assertThatThrownBy(() -> WorkingCalendarAdmin.validate("", LocalDate.parse("2027-01-01"), "FEIERTAG", "元旦", 2026))
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("kind");
    assertThatThrownBy(() -> WorkingCalendarAdmin.validate("", LocalDate.parse("2027-01-04"), "WORKDAY", null, 2026))
        .as("a Monday cannot be a 调休 working day").extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("kind");
    assertThatThrownBy(() -> WorkingCalendarAdmin.validate("", LocalDate.parse("1999-01-01"), "HOLIDAY", null, 2026))
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("date");
    assertThatThrownBy(() -> WorkingCalendarAdmin.validate("", LocalDate.parse("2027-01-01"), "HOLIDAY", "元旦\u0000", 2026))
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("name");
    assertThatThrownBy(() -> WorkingCalendarAdmin.validate("", LocalDate.parse("2027-01-01"), "HOLIDAY", "节".repeat(51), 2026))
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("name");
    WorkingCalendarAdmin.validate("", LocalDate.parse("2027-01-01"), "HOLIDAY", "元旦", 2026);
    WorkingCalendarAdmin.validate("", LocalDate.parse("2027-02-07"), "WORKDAY", "春节调休", 2026);
  }
}
