package com.crmflow.platform.calendar;

import java.time.LocalDate;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code workingCalendar}. Its status is always UP: a year the calendar does not cover still
 * counts Monday to Friday, so the application works and must not be taken out of a load balancer for it. The
 * details (shown to administrators only) say what to do: {@code coveredYears}, {@code uncoveredYear} (the current
 * or next year if not covered) with {@code daysUntilUncoveredYear}, {@code attentionNeeded} (that year has begun
 * or begins within {@code crm.calendar.notice-days}) and the years deadlines were already computed into.
 */
@Component("workingCalendarHealthIndicator")
public class WorkingCalendarHealthIndicator extends AbstractHealthIndicator {

  private final CalendarCoverage coverage;
  private final WorkingCalendar calendar;

  public WorkingCalendarHealthIndicator(CalendarCoverage coverage, WorkingCalendar calendar) {
    super("Working calendar check failed");
    this.coverage = coverage;
    this.calendar = calendar;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    LocalDate today = calendar.today();
    CalendarCoverage.Status s = coverage.status(today);
    builder.up().withDetail("coveredYears", s.coveredYears());
    if (s.uncoveredYear() != null) {
      builder.withDetail("uncoveredYear", s.uncoveredYear())
          .withDetail("daysUntilUncoveredYear", s.daysUntilUncoveredYear())
          .withDetail("attentionNeeded", s.attentionNeeded())
          .withDetail("message", s.uncoveredYear() + " 年工作日历尚未维护：该年的期限只按周一至周五计算，"
              + "请管理员导入该年度法定节假日及调休安排");
    }
    builder.withDetail("deadlinesComputedIntoUncoveredYears", s.deadlinesComputedIntoUncoveredYears());
  }
}
