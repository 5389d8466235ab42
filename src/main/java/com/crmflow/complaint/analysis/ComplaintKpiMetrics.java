package com.crmflow.complaint.analysis;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The complaint figures of the Cockpit plugin as gauges for the current calendar month (Beijing time), computed
 * by {@link ComplaintKpiService} when read: rates in [0, 1], NaN while the month has no complaint to rate.
 * Administrators only ({@code /actuator/prometheus}).
 */
@Component
public class ComplaintKpiMetrics {

  public static final String RECEIVED = "crm.kpi.complaints.received";
  public static final String ON_TIME_RESPONSE = "crm.kpi.complaints.ontime.response.rate";
  public static final String ON_TIME_FEEDBACK = "crm.kpi.complaints.ontime.feedback.rate";
  /** Open complaints now, tag {@code level}: NONE, WARNED, LEVEL_1, LEVEL_2. */
  public static final String OPEN = "crm.kpi.complaints.open";

  private final ComplaintKpiService kpis;
  private final ZoneId timeZone;

  public ComplaintKpiMetrics(MeterRegistry registry, ComplaintKpiService kpis, ZoneId timeZone) {
    this.kpis = kpis;
    this.timeZone = timeZone;
    gauge(registry, RECEIVED, "Complaints received this month", k -> k.total());
    gauge(registry, ON_TIME_RESPONSE, "Share of this month's complaints answered in time",
        k -> rate(k.onTimeInitialResponseRate()));
    gauge(registry, ON_TIME_FEEDBACK, "Share of this month's complaints with feedback in time",
        k -> rate(k.onTimeFeedbackRate()));
    for (ComplaintKpiService.BreachLevel level : ComplaintKpiService.BreachLevel.values()) {
      Gauge.builder(OPEN, () -> kpis.openByBreachLevel().byBreachLevel().get(level.ordinal()).count())
          .description("Open complaints by the worst state of their deadlines").tag("level", level.name())
          .register(registry);
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ComplaintKpis> f) {
    Gauge.builder(name, () -> f.applyAsDouble(thisMonth())).description(description).tag("period", "month")
        .register(registry);
  }

  private ComplaintKpis thisMonth() {
    YearMonth month = YearMonth.from(LocalDate.now(timeZone));
    return kpis.compute(month.atDay(1), month.atEndOfMonth());
  }

  private static double rate(Double value) {
    return value == null ? Double.NaN : value;
  }
}
