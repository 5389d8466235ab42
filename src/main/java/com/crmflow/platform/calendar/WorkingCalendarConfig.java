package com.crmflow.platform.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the working-day calendar from {@code config/working-calendar.yaml} (property crm.calendar.location). */
@Configuration
public class WorkingCalendarConfig {

  /** The YAML file's shape. */
  public record CalendarFile(String timeZone, List<LocalDate> holidays, List<LocalDate> workingWeekendDays) {}

  @Bean
  public WorkingCalendar workingCalendar(@Value("${crm.calendar.location}") Resource location) {
    try (InputStream in = location.getInputStream()) {
      return fromYaml(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read working calendar " + location, e);
    }
  }

  public static WorkingCalendar fromYaml(InputStream in) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    CalendarFile file = yaml.readValue(in, CalendarFile.class);
    return new WorkingCalendar(
        ZoneId.of(file.timeZone() == null ? "Asia/Shanghai" : file.timeZone()),
        file.holidays() == null ? Set.of() : Set.copyOf(file.holidays()),
        file.workingWeekendDays() == null ? Set.of() : Set.copyOf(file.workingWeekendDays()));
  }

  @Bean
  public WorkingDayCalendarPlugin workingDayCalendarPlugin(WorkingCalendar calendar) {
    return new WorkingDayCalendarPlugin(calendar);
  }
}
