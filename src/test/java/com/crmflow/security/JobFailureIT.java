package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.testsupport.it.EmbeddedPostgresConfiguration;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.TestDataKeyset;
import com.crmflow.platform.notification.OutboxSender;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job that fails on every retry (R5/PT5M) becomes an incident that administrators learn about: an e-mail to the
 * members of camunda-admin (GreenMail), the health component {@code incidents} (details only for camunda-admin) and
 * the gauge {@code crm.incidents.open} (metrics only for camunda-admin). Nobody else sees details or metrics, and
 * no answer on /actuator carries a Basic challenge. Embedded PostgreSQL; own context (mail on, scheduling off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "crm.scheduling.enabled=false",
    "crm.mail.enabled=true",
    "spring.mail.host=127.0.0.1"})
@ActiveProfiles("demo")
@Import(EmbeddedPostgresConfiguration.class)
@ContextConfiguration(initializers = TestDataKeyset.class)
class JobFailureIT {

  static final int SMTP_PORT = freePort();
  static final String PROCESS = "probe-incident";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired OutboxSender sender;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aJobFailingOnEveryRetryIsMailedToAdministratorsAndShownOnlyToThem() throws Exception {
    jdbc.update("DELETE FROM crm_mail_outbox");
    repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).name("事故探针").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Probe")
            .serviceTask("Task_Fails").camundaAsyncBefore().camundaExpression("${noSuchBean.run()}")
            .endEvent("EndEvent_Probe").done()).deploy();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
    String instance = runtimeService.startProcessInstanceByKey(PROCESS, "PROBE-1").getId();

    for (int attempt = 1; attempt <= 5; attempt++) {
      Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("noSuchBean");
      if (attempt < 5) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_mail_outbox", Integer.class))
            .as("no mail while retries remain (attempt %d)", attempt).isZero();
        ClockUtil.setCurrentTime(managementService.createJobQuery().jobId(job.getId()).singleResult().getDuedate());
      }
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count())
        .as("Camunda's own handler still creates the incident").isOne();

    // the mail: to every camunda-admin member with an address (the demo admin: admin@localhost), nobody else
    sender.sendDue();
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(Arrays.stream(mails[0].getAllRecipients()).map(Object::toString)).containsExactly("admin@localhost");
    assertThat(mails[0].getSubject()).isEqualTo("流程事故：事故探针（probe-incident）在 Task_Fails 处停止");
    assertThat(mails[0].getContent().toString()).contains("业务编号：PROBE-1", "流程实例：" + instance,
        "noSuchBean");

    // health: the administrator sees the incident; anybody else only the status, and never a Basic challenge
    JsonNode adminHealth = health("admin", "admin").json();
    JsonNode incidents = adminHealth.path("components").path("incidents");
    assertThat(incidents.path("status").asText()).isEqualTo("UP");
    assertThat(incidents.path("details").path("perProcess").path(PROCESS).asLong()).isOne();
    assertThat(incidents.path("details").path("newest").get(0).path("processInstanceId").asText())
        .isEqualTo(instance);
    assertThat(incidents.path("details").path("newest").get(0).path("activityId").asText()).isEqualTo("Task_Fails");
    for (Rest.Response r : List.of(Rest.anonymous(port).get("/actuator/health"), health("zhangwei", "demo"),
        health("wuxia", "demo"))) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().path("status").asText()).isEqualTo("UP");
      assertThat(r.json().has("components")).as(r.body()).isFalse();
      assertThat(r.body()).doesNotContain(PROCESS, "incidents");
      assertThat(r.header("WWW-Authenticate")).isNull();
    }
    Rest.Response wrongPassword = Rest.as(port, "no-such-user-h4", "wrong").get("/actuator/health");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.header("WWW-Authenticate")).isNull();

    // metric: one open incident of this process, for administrators only
    Rest.Response gauge = metric("admin", "admin");
    assertThat(gauge.status()).as(gauge.body()).isEqualTo(200);
    assertThat(gauge.json().path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
    assertThat(metric("zhangwei", "demo").status()).isEqualTo(403);
    assertThat(metric("wuxia", "demo").status()).isEqualTo(403);
    Rest.Response anonymousMetric = Rest.anonymous(port).get("/actuator/metrics/crm.incidents.open");
    assertThat(anonymousMetric.status()).isEqualTo(401);
    assertThat(anonymousMetric.header("WWW-Authenticate")).isNull();

    // an administrator retries the job: the incident is resolved, the gauge and health follow
    String jobId = managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
    managementService.setJobRetries(jobId, 1);
    assertThat(metric("admin", "admin").json().path("measurements").get(0).path("value").asDouble()).isZero();
    assertThat(health("admin", "admin").json().path("components").path("incidents").path("details")
        .path("perProcess").has(PROCESS)).isFalse();
  }

  private Rest.Response health(String user, String password) {
    return Rest.as(port, user, password).get("/actuator/health");
  }

  private Rest.Response metric(String user, String password) {
    return Rest.as(port, user, password).get("/actuator/metrics/crm.incidents.open?tag=process:" + PROCESS);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
