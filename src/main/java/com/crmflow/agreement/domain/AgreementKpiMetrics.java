package com.crmflow.agreement.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Agreements in force ending within 30 days (the expiry reminder's window, P6.5) as a gauge, counted when read
 * (administrators only, /actuator/prometheus).
 */
@Component
public class AgreementKpiMetrics {

  public static final String EXPIRING = "crm.kpi.agreements.expiring";

  public AgreementKpiMetrics(MeterRegistry registry, AgreementKpis kpis) {
    Gauge.builder(EXPIRING, () -> kpis.expiring(30, Optional.empty()).total())
        .description("Agreements in force ending within 30 days").tag("days", "30").register(registry);
  }
}
