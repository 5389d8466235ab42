package com.crmflow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.calendar.WorkingCalendar.OfficeHours;
import com.crmflow.testsupport.Verifies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Working HOURS (the consultation's 30-minute response time, SPEC P5.5): only the office hours of working days of
 * config/working-calendar.yaml count — not nights, the lunch break, weekends or holidays.
 */
class WorkingHoursTest {

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
  void theFileNamesTheOfficeHours() {
    assertThat(calendar.officeHours()).containsExactly(new OfficeHours(LocalTime.of(9, 0), LocalTime.of(12, 0)),
        new OfficeHours(LocalTime.of(13, 0), LocalTime.of(18, 0)));
  }

  @Test
  @Verifies("P5.5")
  void thirtyMinutesInsideOfficeHoursAreThirtyMinutes() {
    assertThat(calendar.plusWorkingHours(at("2026-12-01T10:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-01T10:30"));
  }

  @Test
  @Verifies("P5.5")
  void theLunchBreakDoesNotCount() {
    assertThat(calendar.plusWorkingHours(at("2026-12-01T11:50"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-01T13:20"));
    assertThat(calendar.plusWorkingHours(at("2026-12-01T12:15"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-01T13:30"));
  }

  @Test
  @Verifies("P5.5")
  void anEveningEnquiryIsDueTheNextMorningAndAFridayOneOnMonday() {
    assertThat(calendar.plusWorkingHours(at("2026-12-01T17:50"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-02T09:20"));
    assertThat(calendar.plusWorkingHours(at("2026-12-01T21:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-02T09:30"));
    // Friday 4 December 2026 17:45 → Monday 7 December 09:15
    assertThat(calendar.plusWorkingHours(at("2026-12-04T17:45"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-07T09:15"));
    assertThat(calendar.plusWorkingHours(at("2026-12-05T10:00"), Duration.ofMinutes(30))).as("Saturday")
        .isEqualTo(at("2026-12-07T09:30"));
  }

  @Test
  @Verifies("P5.5")
  void holidaysDoNotCountAndTheWorkingWeekendDayDoes() {
    // 30 September 2026 (Wednesday) 17:40: 1–7 October are the National Day holidays → Thursday 8 October 09:10
    assertThat(calendar.plusWorkingHours(at("2026-09-30T17:40"), Duration.ofMinutes(30))).isEqualTo(at("2026-10-08T09:10"));
    // Sunday 20 September 2026 is a working day (调休)
    assertThat(calendar.plusWorkingHours(at("2026-09-20T10:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-09-20T10:30"));
  }

  @Test
  void aResultOnTheEndOfAPeriodIsThatEnd() {
    assertThat(calendar.plusWorkingHours(at("2026-12-01T17:50"), Duration.ofMinutes(10))).isEqualTo(at("2026-12-01T18:00"));
    assertThat(calendar.plusWorkingHours(at("2026-12-01T10:00"), Duration.ZERO)).isEqualTo(at("2026-12-01T10:00"));
  }

  @Test
  void aWholeWorkingDayIsEightHoursOfOfficeTime() {
    assertThat(calendar.plusWorkingHours(at("2026-12-01T09:00"), Duration.ofHours(8))).isEqualTo(at("2026-12-01T18:00"));
    assertThat(calendar.plusWorkingHours(at("2026-12-01T09:00"), Duration.ofHours(9))).isEqualTo(at("2026-12-02T10:00"));
  }

  @Test
  void workingHoursBetweenIsTheInverse() {
    for (String start : List.of("2026-12-01T10:00", "2026-12-01T11:50", "2026-12-04T17:45", "2026-09-30T17:40",
        "2026-12-05T03:00")) {
      for (Duration d : List.of(Duration.ofMinutes(30), Duration.ofMinutes(22).plusSeconds(30), Duration.ofHours(11))) {
        ZonedDateTime due = calendar.plusWorkingHours(at(start), d);
        assertThat(calendar.workingHoursBetween(at(start), due)).as(start + " + " + d).isEqualTo(d);
      }
    }
  }

  @Test
  void officeHoursFromTheFileOrTheDefault() throws IOException {
    String yaml = "timeZone: Asia/Shanghai\nofficeHours:\n  - { from: \"08:30\", to: \"17:30\" }\n";
    WorkingCalendar own = WorkingCalendarConfig.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(own.plusWorkingHours(at("2026-12-01T17:20"), Duration.ofMinutes(30))).isEqualTo(at("2026-12-02T08:50"));
    WorkingCalendar none = WorkingCalendarConfig.fromYaml(
        new ByteArrayInputStream("timeZone: Asia/Shanghai\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(none.officeHours()).isEqualTo(WorkingCalendar.DEFAULT_OFFICE_HOURS);
    assertThat(none.copy().officeHours()).isEqualTo(WorkingCalendar.DEFAULT_OFFICE_HOURS);
  }

  @Test
  void officeHoursMustBeSensible() {
    assertThatThrownBy(() -> new OfficeHours(LocalTime.of(18, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WorkingCalendar(BEIJING, Set.of(), Set.of(), Set.of(),
        List.of(new OfficeHours(LocalTime.of(9, 0), LocalTime.of(13, 0)),
            new OfficeHours(LocalTime.of(12, 0), LocalTime.of(18, 0)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    assertThatThrownBy(() -> calendar.plusWorkingHours(at("2026-12-01T10:00"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
