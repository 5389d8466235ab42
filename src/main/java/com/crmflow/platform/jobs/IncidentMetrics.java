package com.crmflow.platform.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gauge {@value #GAUGE} (open incidents) per process key, tag {@code process}: registered for every deployed
 * process when the application is ready and for any other process when it gets its first incident. The value is
 * counted in the database when the gauge is read. Read by administrators at
 * {@code /actuator/metrics/crm.incidents.open?tag=process:complaint-handling}.
 */
@Component
public class IncidentMetrics {

  public static final String GAUGE = "crm.incidents.open";

  private final MeterRegistry registry;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final Set<String> tracked = ConcurrentHashMap.newKeySet();

  public IncidentMetrics(MeterRegistry registry, RuntimeService runtimeService, RepositoryService repositoryService) {
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void trackDeployedProcesses() {
    repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).forEach(this::track);
  }

  /** Registers the gauge of this process (once). */
  public void track(String processKey) {
    if (tracked.add(processKey)) {
      Gauge.builder(GAUGE, () -> runtimeService.createIncidentQuery().processDefinitionKeyIn(processKey).count())
          .description("Open Camunda incidents (failed jobs after all retries) per process")
          .tag("process", processKey)
          .register(registry);
    }
  }
}
