package com.crmflow.project.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Projects per stage as gauges (tag {@code stage}), counted when read (administrators only, /actuator/prometheus). */
@Component
public class ProjectKpiMetrics {

  public static final String PROJECTS = "crm.kpi.projects";

  public ProjectKpiMetrics(MeterRegistry registry, ProjectKpis kpis) {
    for (ProjectStatus status : ProjectStatus.values()) {
      Gauge.builder(PROJECTS, () -> kpis.byStage(Optional.empty()).stages().get(status.ordinal()).count())
          .description("Projects in a stage").tag("stage", status.name()).register(registry);
    }
  }
}
