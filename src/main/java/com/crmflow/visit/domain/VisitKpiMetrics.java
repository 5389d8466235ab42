package com.crmflow.visit.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Overdue return visits as a gauge, counted when read (administrators only, /actuator/prometheus). */
@Component
public class VisitKpiMetrics {

  public static final String OVERDUE = "crm.kpi.visits.overdue";

  public VisitKpiMetrics(MeterRegistry registry, VisitKpis kpis) {
    Gauge.builder(OVERDUE, () -> kpis.overdue(Optional.empty()).total())
        .description("Return visits not done after their due date").register(registry);
  }
}
