package com.crmflow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Working days of config/working-calendar.yaml: weekends, the 2026 holidays and the 调休 working weekend days. */
@Verifies("X.3")
class WorkingCalendarTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static WorkingCalendar calendar;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("config/working-calendar.yaml"))) {
      calendar = WorkingCalendarConfig.fromYaml(in);
    }
  }

  private static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(BEIJING);
  }

  @Test
  void restDays() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-27"))).as("Friday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-28"))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("National Day").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).as("调休 Saturday").isTrue();
  }

  @Test
  void threeWorkingDaysWithinAWeek() {
    assertThat(calendar.plusWorkingDays(at("2026-11-24T09:00"), 3)).isEqualTo(at("2026-11-27T09:00"));
  }

  @Test
  void aWeekendIsSkipped() {
    assertThat(calendar.plusWorkingDays(at("2026-11-26T15:30"), 3)).isEqualTo(at("2026-12-01T15:30"));
  }

  @Test
  void holidaysAndTheirWeekendAreSkipped() {
    // 1–5 May 2026 are holidays (Sat/Sun among them)
    assertThat(calendar.plusWorkingDays(at("2026-04-30T10:00"), 3)).isEqualTo(at("2026-05-08T10:00"));
  }

  @Test
  void aWorkingSaturdayCounts() {
    // 1–7 October are holidays; Saturday 10 October is a working day
    assertThat(calendar.plusWorkingDays(at("2026-09-30T10:00"), 3)).isEqualTo(at("2026-10-10T10:00"));
  }

  @Test
  void startingOnARestDayCountsFromTheNextWorkingDay() {
    assertThat(calendar.plusWorkingDays(at("2026-11-28T10:00"), 1)).isEqualTo(at("2026-11-30T10:00"));
  }

  @Test
  void theEngineCalendarUnderstandsWorkingDaysAndKeepsIsoDurations() {
    WorkingDayBusinessCalendar engineCalendar = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calendar);
    Date start = Date.from(at("2026-04-30T10:00").toInstant());
    assertThat(engineCalendar.resolveDuedate("P3WD", start)).isEqualTo(Date.from(at("2026-05-08T10:00").toInstant()));
    assertThat(engineCalendar.resolveDuedate("P3D", start)).isEqualTo(Date.from(at("2026-05-03T10:00").toInstant()));
  }

  @Test
  void workingTimeStandsStillOverTheWeekend() {
    assertThat(calendar.plusWorkingTime(at("2026-11-27T18:00"), java.time.Duration.ofHours(24)))
        .as("Friday 18:00 + 24 h").isEqualTo(at("2026-11-30T18:00"));
    assertThat(calendar.plusWorkingTime(at("2026-11-26T10:00"), java.time.Duration.ofHours(2)))
        .as("within a working day").isEqualTo(at("2026-11-26T12:00"));
    assertThat(calendar.plusWorkingTime(at("2026-11-28T10:00"), java.time.Duration.ofHours(2)))
        .as("received on Saturday: counts from Monday 00:00").isEqualTo(at("2026-11-30T02:00"));
    assertThat(calendar.plusWorkingTime(at("2026-11-27T00:00"), java.time.Duration.ofHours(24)))
        .as("a whole Friday ends at midnight").isEqualTo(at("2026-11-28T00:00"));
  }

  @Test
  void workingTimeSkipsHolidays() {
    // 30 Sep 2026 (Wed) 20:00 + 48 h: 4 h on 30 Sep, 1–7 Oct are holidays, 44 h from 8 Oct 00:00
    assertThat(calendar.plusWorkingTime(at("2026-09-30T20:00"), java.time.Duration.ofHours(48)))
        .isEqualTo(at("2026-10-09T20:00"));
  }
}
