package com.crmflow.platform.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code incidents}: the number of open incidents, per process key, and the newest
 * {@value #NEWEST} (id, process, activity, time, error). Open incidents do not make the application DOWN (it still
 * serves every other instance; a restart would not help): the status stays UP, the details tell. Details are shown
 * only to authenticated members of camunda-admin ({@code management.endpoint.health.show-details}).
 */
@Component
public class IncidentsHealthIndicator extends AbstractHealthIndicator {

  static final int NEWEST = 5;

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  public IncidentsHealthIndicator(RuntimeService runtimeService, RepositoryService repositoryService) {
    super("Incident query failed");
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, String> keys = new TreeMap<>();
    Map<String, Long> perProcess = new TreeMap<>();
    long total = runtimeService.createIncidentQuery().count();
    if (total > 0) {
      for (Incident i : runtimeService.createIncidentQuery().list()) {
        perProcess.merge(key(i, keys), 1L, Long::sum);
      }
    }
    List<Map<String, Object>> newest = runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc()
        .listPage(0, NEWEST).stream().map(i -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", i.getId());
          m.put("type", i.getIncidentType());
          m.put("process", key(i, keys));
          m.put("processInstanceId", i.getProcessInstanceId());
          m.put("activityId", i.getActivityId());
          m.put("time", i.getIncidentTimestamp().toInstant().toString());
          m.put("message", IncidentNotifier.shortened(i.getIncidentMessage()));
          return m;
        }).toList();
    builder.up().withDetail("open", total).withDetail("perProcess", perProcess).withDetail("newest", newest);
  }

  private String key(Incident i, Map<String, String> keys) {
    if (i.getProcessDefinitionId() == null) {
      return "(none)";
    }
    return keys.computeIfAbsent(i.getProcessDefinitionId(), id -> {
      ProcessDefinition d = repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
      return d == null ? id : d.getKey();
    });
  }
}
