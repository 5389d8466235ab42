package com.crmflow.evaluation.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The current quarter's satisfaction rate (percent, NaN without surveys) and the active customers per grade (tag
 * {@code grade}: A, B, C, D, none) as gauges, counted when read (administrators only, /actuator/prometheus).
 */
@Component
public class ManagerKpiMetrics {

  public static final String SATISFACTION = "crm.kpi.satisfaction.rate";
  public static final String CUSTOMERS = "crm.kpi.customers";

  public ManagerKpiMetrics(MeterRegistry registry, ManagerKpis kpis) {
    Gauge.builder(SATISFACTION, () -> {
      BigDecimal rate = kpis.satisfaction(kpis.lastQuarters(1), Optional.empty()).quarters().get(0).rate();
      return rate == null ? Double.NaN : rate.doubleValue();
    }).description("Share of this quarter's surveys scoring at least the satisfied score, percent")
        .tag("period", "quarter").register(registry);
    for (String grade : List.of("A", "B", "C", "D", "")) {
      Gauge.builder(CUSTOMERS, () -> kpis.grades(List.of(), Optional.empty()).distribution().get(grade))
          .description("Active customers per grade").tag("grade", grade.isEmpty() ? "none" : grade)
          .register(registry);
    }
  }
}
