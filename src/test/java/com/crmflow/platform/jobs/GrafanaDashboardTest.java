package com.crmflow.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.agreement.domain.AgreementKpiMetrics;
import com.crmflow.complaint.analysis.ComplaintKpiMetrics;
import com.crmflow.evaluation.domain.ManagerKpiMetrics;
import com.crmflow.project.domain.ProjectKpiMetrics;
import com.crmflow.visit.domain.VisitKpiMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docker/grafana-crm-dashboard.json is valid JSON and queries only gauges the application has. */
class GrafanaDashboardTest {

  @Test
  void theExampleDashboardIsValidAndQueriesOurGauges() throws Exception {
    JsonNode dashboard = new ObjectMapper().readTree(Path.of("docker/grafana-crm-dashboard.json").toFile());
    assertThat(dashboard.path("title").asText()).isNotBlank();
    Set<String> ours = Stream.of(EngineMetrics.TASKS_OPEN, EngineMetrics.JOBS_EXECUTABLE, EngineMetrics.JOBS_FAILED,
            EngineMetrics.INCIDENTS_OPEN, IncidentMetrics.GAUGE, ComplaintKpiMetrics.RECEIVED,
            ComplaintKpiMetrics.ON_TIME_RESPONSE, ComplaintKpiMetrics.ON_TIME_FEEDBACK, ComplaintKpiMetrics.OPEN,
            ManagerKpiMetrics.SATISFACTION, ManagerKpiMetrics.CUSTOMERS, VisitKpiMetrics.OVERDUE,
            ProjectKpiMetrics.PROJECTS, AgreementKpiMetrics.EXPIRING)
        .map(m -> m.replace('.', '_')).collect(Collectors.toSet());
    List<String> queried = new ArrayList<>();
    dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> queried.add(t.path("expr").asText())));
    assertThat(queried).isNotEmpty().allSatisfy(expr -> assertThat(ours).contains(expr));
    assertThat(queried).containsAll(ours);
  }
}
