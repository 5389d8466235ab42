package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.agreement.domain.AgreementKpiMetrics;
import com.crmflow.complaint.analysis.ComplaintKpiMetrics;
import com.crmflow.evaluation.domain.ManagerKpiMetrics;
import com.crmflow.project.domain.ProjectKpiMetrics;
import com.crmflow.visit.domain.VisitKpiMetrics;
import com.crmflow.platform.jobs.EngineMetrics;
import com.crmflow.platform.jobs.IncidentMetrics;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /actuator/prometheus}: the figures and the engine's gauges for administrators only. */
@IntegrationTest
class PrometheusEndpointIT {

  @LocalServerPort int port;

  static String prometheusName(String meter) {
    return meter.replace('.', '_');
  }

  @Test
  void onlyAdministratorsScrapeTheMetrics() {
    Rest.Response anonymous = Rest.anonymous(port).get("/actuator/prometheus");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isNull();
    assertThat(Rest.as(port, "zhangwei", "demo").get("/actuator/prometheus").status()).isEqualTo(403);
    // managers read the figures in Cockpit, not the operators' metrics
    assertThat(Rest.as(port, "yangjun", "demo").get("/actuator/prometheus").status()).isEqualTo(403);
    assertThat(Rest.as(port, "zhengkai", "demo").get("/actuator/prometheus").status()).isEqualTo(403);

    Rest.Response admin = Rest.as(port, "admin", "admin").get("/actuator/prometheus");
    assertThat(admin.status()).as(admin.body()).isEqualTo(200);
    assertThat(admin.body()).contains(prometheusName(EngineMetrics.TASKS_OPEN) + " ",
        prometheusName(EngineMetrics.JOBS_EXECUTABLE) + " ", prometheusName(EngineMetrics.JOBS_FAILED) + " ",
        prometheusName(EngineMetrics.INCIDENTS_OPEN) + " ", prometheusName(IncidentMetrics.GAUGE) + "{",
        prometheusName(ComplaintKpiMetrics.RECEIVED) + "{", prometheusName(ComplaintKpiMetrics.ON_TIME_RESPONSE) + "{",
        prometheusName(ComplaintKpiMetrics.ON_TIME_FEEDBACK) + "{",
        prometheusName(ComplaintKpiMetrics.OPEN) + "{level=\"LEVEL_2\"",
        prometheusName(ManagerKpiMetrics.SATISFACTION) + "{", prometheusName(ManagerKpiMetrics.CUSTOMERS) + "{grade=\"A\"",
        prometheusName(VisitKpiMetrics.OVERDUE) + " ", prometheusName(ProjectKpiMetrics.PROJECTS) + "{stage=\"EXECUTION\"",
        prometheusName(AgreementKpiMetrics.EXPIRING) + "{days=\"30\"");
  }
}
