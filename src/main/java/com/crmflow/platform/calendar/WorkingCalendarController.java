package com.crmflow.platform.calendar;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.platform.calendar.WorkingCalendarAdmin.ChangeResult;
import com.crmflow.platform.calendar.WorkingCalendarAdmin.DayInput;
import com.crmflow.platform.calendar.WorkingCalendarAdmin.YearView;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar for administrators ({@code camunda-admin}; everyone else 403): coverage, a year's
 * holidays (HOLIDAY) and weekend working days (WORKDAY, 调休), a whole year imported, one day added, changed or
 * removed. Changes are audited and move every waiting deadline at once (see {@link WorkingCalendarAdmin}).
 */
@RestController
@PreAuthorize("hasAnyAuthority('GROUP_camunda-admin')")
@DeniedMessage(WorkingCalendarController.REFUSED)
@RequestMapping("/api/admin/calendar")
public class WorkingCalendarController {

  static final String REFUSED = "只有系统管理员可以查看和维护工作日历";

  private final WorkingCalendarAdmin admin;
  private final CalendarCoverage coverage;
  private final WorkingCalendar calendar;

  public WorkingCalendarController(WorkingCalendarAdmin admin, CalendarCoverage coverage, WorkingCalendar calendar) {
    this.admin = admin;
    this.coverage = coverage;
    this.calendar = calendar;
  }

  public record YearImport(List<DayInput> days) {}

  public record DayChange(String kind, String name) {}

  /** Covered years and the uncovered year coming up (as the health details show them). */
  @GetMapping
  public CalendarCoverage.Status coverage() {
    return coverage.status(calendar.today());
  }

  @GetMapping("/years/{year}")
  public YearView year(@PathVariable String year) {
    return admin.year(parseYear(year));
  }

  /** Imports a whole year (replaces its days): the State Council's notice, entered once a year. */
  @PutMapping("/years/{year}")
  public ChangeResult importYear(@PathVariable String year, @RequestBody YearImport body) {
    return admin.importYear(parseYear(year), body == null ? null : body.days());
  }

  @PutMapping("/days/{date}")
  public ChangeResult putDay(@PathVariable String date, @RequestBody DayChange body) {
    return admin.putDay(date(date), body == null ? null : new DayInput(null, body.kind(), body.name()));
  }

  @DeleteMapping("/days/{date}")
  public ChangeResult removeDay(@PathVariable String date) {
    return admin.removeDay(date(date));
  }


  private static int parseYear(String year) {
    if (year == null || !year.matches("\\d{4}")) {
      throw new InvalidFieldException("year", "必须是四位数的年份");
    }
    return Integer.parseInt(year);
  }

  private static LocalDate date(String date) {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("date", "必须是 yyyy-MM-dd 格式的日期");
    }
  }
}
