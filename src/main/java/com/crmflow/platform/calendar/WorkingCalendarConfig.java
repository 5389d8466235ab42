package com.crmflow.platform.calendar;

import com.crmflow.platform.yaml.YamlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the working-day calendar from {@code config/working-calendar.yaml} ({@code crm.calendar.location},
 * {@link CalendarSettings}).
 */
@Configuration
public class WorkingCalendarConfig {

  /**
   * The time zone of the regulations when config/working-calendar.yaml names none: the one place it is spelled.
   * Everything else injects {@link ZoneId} (or asks the injected {@link Clock} for its zone).
   */
  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * The YAML file's shape; {@code officeHours} are the working hours of a working day (response times counted in
   * working hours, e.g. crm.consultation.response-time), {@link WorkingCalendar#DEFAULT_OFFICE_HOURS} when absent.
   */
  public record CalendarFile(String timeZone, List<LocalDate> holidays, List<LocalDate> workingWeekendDays,
      List<OfficeHours> officeHours) {}

  /** One period of office hours as written in the file: {@code {from: "09:00", to: "12:00"}}. */
  public record OfficeHours(LocalTime from, LocalTime to) {}

  @Bean
  public WorkingCalendar workingCalendar(CalendarSettings settings) {
    Resource location = settings.location();
    try (InputStream in = location.getInputStream()) {
      return fromYaml(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read working calendar " + location, e);
    }
  }

  public static WorkingCalendar fromYaml(InputStream in) throws IOException {
    CalendarFile file = YamlFiles.read(in, CalendarFile.class);
    Set<LocalDate> holidays = file.holidays() == null ? Set.of() : Set.copyOf(file.holidays());
    Set<LocalDate> workdays = file.workingWeekendDays() == null ? Set.of() : Set.copyOf(file.workingWeekendDays());
    return new WorkingCalendar(
        file.timeZone() == null ? DEFAULT_TIME_ZONE : ZoneId.of(file.timeZone()), holidays, workdays,
        WorkingCalendar.yearsOf(holidays, workdays),
        file.officeHours() == null || file.officeHours().isEmpty() ? WorkingCalendar.DEFAULT_OFFICE_HOURS
            : file.officeHours().stream().map(h -> new WorkingCalendar.OfficeHours(h.from(), h.to())).toList());
  }

  /**
   * The time zone in which days, deadlines and schedules are meant (working-calendar.yaml {@code timeZone});
   * {@code @Scheduled} crons name it as {@code zone = "#{@timeZone.id}"}.
   */
  @Bean
  public ZoneId timeZone(WorkingCalendar calendar) {
    return calendar.zone();
  }

  /** The one clock: the engine's time in {@link #timeZone}. */
  @Bean
  public Clock clock(ZoneId timeZone) {
    return new EngineClock(timeZone);
  }

  @Bean
  public WorkingDayCalendarPlugin workingDayCalendarPlugin(WorkingCalendar calendar) {
    return new WorkingDayCalendarPlugin(calendar);
  }
}
