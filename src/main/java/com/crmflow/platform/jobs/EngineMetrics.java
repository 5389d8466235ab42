package com.crmflow.platform.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The engine's own figures as gauges, counted in the database when read (administrators only: {@code
 * /actuator/metrics} and {@code /actuator/prometheus}, IncidentMonitoringSecurity): open user tasks, jobs waiting
 * to run, jobs that failed after all retries, open incidents. Example Grafana dashboard: {@code
 * docker/grafana-crm-dashboard.json}.
 */
@Component
public class EngineMetrics {

  public static final String TASKS_OPEN = "crm.engine.tasks.open";
  public static final String JOBS_EXECUTABLE = "crm.engine.jobs.executable";
  public static final String JOBS_FAILED = "crm.engine.jobs.failed";
  public static final String INCIDENTS_OPEN = "crm.engine.incidents.open";

  public EngineMetrics(MeterRegistry registry, TaskService tasks, ManagementService management,
      RuntimeService runtime) {
    Gauge.builder(TASKS_OPEN, () -> tasks.createTaskQuery().active().count())
        .description("Open (active) user tasks").register(registry);
    Gauge.builder(JOBS_EXECUTABLE, () -> management.createJobQuery().executable().count())
        .description("Jobs due and waiting for the job executor").register(registry);
    Gauge.builder(JOBS_FAILED, () -> management.createJobQuery().noRetriesLeft().count())
        .description("Jobs that failed after all retries").register(registry);
    Gauge.builder(INCIDENTS_OPEN, () -> runtime.createIncidentQuery().count())
        .description("Open incidents, all processes").register(registry);
  }
}
