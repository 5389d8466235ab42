package com.crmflow.supervision.api;

import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inspections and the grading audit on PostgreSQL through real HTTP (SPEC X.4): completed consultations of March
 * 2037 are sampled, checked and rectified through /api and engine-rest while insiders are refused — a non-supervisor
 * starting an inspection through /api and through engine-rest, a finding due in the past, extra variables, another
 * department completing a rectification — and the reports are read by the supervisor and senior management only.
 */
@IntegrationTest
class SupervisionIT {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static void at(String beijing) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijing).atZone(BEIJING).toInstant()));
  }

  @Test
  @Verifies({"X.4", "X.2"})
  void aSupervisorInspectsClosedConsultationsAndTheDepartmentRectifiesWhileInsidersAreRefused() {
    at("2037-03-03T10:00");
    List<String> closed = new ArrayList<>();
    closed.add(completedConsultation("一"));
    closed.add(completedConsultation("二"));

    at("2037-03-16T09:00");
    Map<String, Object> body = Map.of("inspectedProcess", "customer-consultation", "periodFrom", "2037-03-02",
        "periodTo", "2037-03-06", "sampleSize", 5);
    // only the supervisor starts inspections: through /api and through engine-rest
    assertThat(as("zhangwei").post("/api/inspections", body).status()).isEqualTo(403);
    assertThat(as("wuxia").post("/api/inspections", body).status()).isEqualTo(403);
    Rest.Response viaEngine = as("zhangwei").post(
        "/engine-rest/process-definition/key/supervision-inspection/submit-form",
        vars("inspectedProcess", "customer-consultation", "periodFrom", "2037-03-02", "periodTo", "2037-03-06"));
    assertThat(viaEngine.status()).as(viaEngine.body()).isIn(403, 404);
    // a wrong request names its field and starts nothing
    Rest.Response future = as("maliang").post("/api/inspections", Map.of("inspectedProcess", "customer-consultation",
        "periodFrom", "2037-03-02", "periodTo", "2037-03-20"));
    assertThat(future.status()).as(future.body()).isEqualTo(400);
    assertThat(future.body()).contains("periodTo");
    Rest.Response unknown = as("maliang").post("/api/inspections", Map.of("inspectedProcess", "grading-audit",
        "periodFrom", "2037-03-02", "periodTo", "2037-03-06"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("inspectedProcess");

    Rest.Response started = as("maliang").post("/api/inspections", body);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    long id = started.json().path("inspectionId").asLong();
    String pi = started.json().path("processInstanceId").asText();
    assertThat(started.json().path("inspectionNumber").asText()).matches("INS-2037-\\d{4}");

    JsonNode checks = as("maliang").get("/engine-rest/task?processInstanceId=" + pi).json();
    assertThat(checks).hasSize(2);
    int items = 5;
    String allConforming = checklist(items, false);
    String firstTask = checks.get(0).path("id").asText();
    String secondTask = checks.get(1).path("id").asText();
    assertThat(as("maliang").post("/engine-rest/task/" + firstTask + "/submit-form",
        vars("checklist", json(allConforming), "findings", json("[]"))).status()).isEqualTo(204);

    // a finding due in the past
    Rest.Response past = as("maliang").post("/engine-rest/task/" + secondTask + "/submit-form",
        vars("checklist", json(checklist(items, true)),
            "findings", json(finding("2037-03-13"))));
    assertThat(past.status()).as(past.body()).isEqualTo(400);
    assertThat(past.body()).contains("不能早于今天");
    // extra variables
    for (String extra : new String[] {"inspectionId", "anyFindings", "caseId"}) {
      Rest.Response r = as("maliang").post("/engine-rest/task/" + secondTask + "/submit-form",
          vars("checklist", json(checklist(items, true)), "findings", json(finding("2037-03-20")), extra, 1));
      assertThat(r.status()).as(extra + ": " + r.body()).isEqualTo(400);
    }
    Rest.Response raised = as("maliang").post("/engine-rest/task/" + secondTask + "/submit-form",
        vars("checklist", json(checklist(items, true)), "findings", json(finding("2037-03-20")), "opinion", "答复超时"));
    assertThat(raised.status()).as(raised.body()).isEqualTo(204);

    JsonNode rectify = as("yangjun").get("/engine-rest/task?processInstanceId=" + pi).json();
    assertThat(rectify).hasSize(1);
    String rectifyTask = rectify.get(0).path("id").asText();
    // another department may neither see nor complete it
    assertThat(as("wuxia").get("/engine-rest/task?processInstanceId=" + pi).json()).isEmpty();
    assertThat(as("wuxia").post("/engine-rest/task/" + rectifyTask + "/submit-form",
        vars("rectification", "已整改")).status()).isIn(403, 404);
    assertThat(as("yangjun").post("/engine-rest/task/" + rectifyTask + "/submit-form",
        vars("rectification", "已建立超时督办台账")).status()).isEqualTo(204);

    String reviewTask = as("maliang").get("/engine-rest/task?processInstanceId=" + pi).json().get(0).path("id")
        .asText();
    assertThat(as("maliang").post("/engine-rest/task/" + reviewTask + "/submit-form",
        vars("reviewResult", "accept")).status()).isEqualTo(204);

    JsonNode report = as("zhengkai").get("/api/inspections/" + id).json();
    assertThat(report.path("status").asText()).isEqualTo("CLOSED");
    assertThat(report.path("population").asInt()).isEqualTo(2);
    assertThat(report.path("cases")).hasSize(2);
    List<String> sampled = new ArrayList<>();
    report.path("cases").forEach(c -> sampled.add(c.path("processInstanceId").asText()));
    assertThat(sampled).containsExactlyInAnyOrderElementsOf(closed);
    assertThat(report.path("findings").get(0).path("rectifiedBy").asText()).isEqualTo("yangjun");
    assertThat(report.path("findings").get(0).path("status").asText()).isEqualTo("CLOSED");
    assertThat(as("maliang").get("/api/inspections/" + id).status()).isEqualTo(200);
    assertThat(as("yangjun").get("/api/inspections/" + id).status()).isEqualTo(403);
    assertThat(Rest.anonymous(port).get("/api/inspections/" + id).status()).isEqualTo(401);
  }

  @Test
  @Verifies("X.4")
  void theGradingAuditGoesFromTheSupervisorToSeniorManagementAndOnlyTheyReadIt() {
    at("2037-03-16T09:00");
    assertThat(as("zhangwei").post("/engine-rest/process-definition/key/grading-audit/submit-form",
        vars("auditYear", 2036)).status()).isIn(403, 404);
    Rest.Response started = as("maliang").post("/engine-rest/process-definition/key/grading-audit/submit-form",
        vars("auditYear", 2036));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = started.json().path("id").asText();
    long id = jdbc.queryForObject("SELECT id FROM crm_supervision_grading_audit WHERE process_instance_id = ?",
        Long.class, pi);

    String review = as("maliang").get("/engine-rest/task?processInstanceId=" + pi).json().get(0).path("id")
        .asText();
    Rest.Response extra = as("maliang").post("/engine-rest/task/" + review + "/submit-form", vars("conclusion",
        "EFFECTIVE", "findings", "标准合理", "recommendations", "保持", "auditId", 1));
    assertThat(extra.status()).as(extra.body()).isEqualTo(400);
    assertThat(as("maliang").post("/engine-rest/task/" + review + "/submit-form", vars("conclusion", "EFFECTIVE",
        "findings", "标准合理", "recommendations", "保持现行权重")).status()).isEqualTo(204);
    String read = as("zhengkai").get("/engine-rest/task?processInstanceId=" + pi).json().get(0).path("id").asText();
    assertThat(as("maliang").post("/engine-rest/task/" + read + "/submit-form",
        vars("managementDecision", "ADOPT")).status()).isIn(403, 404);
    assertThat(as("zhengkai").post("/engine-rest/task/" + read + "/submit-form",
        vars("managementDecision", "ADOPT")).status()).isEqualTo(204);

    JsonNode report = as("maliang").get("/api/grading-audits/" + id).json();
    assertThat(report.path("status").asText()).isEqualTo("CLOSED");
    assertThat(report.path("auditYear").asInt()).isEqualTo(2036);
    assertThat(report.path("data").path("criteria")).hasSize(10); // with the prospect decisions (SPEC P3.1)
    assertThat(report.path("managementDecision").asText()).isEqualTo("ADOPT");
    assertThat(as("zhengkai").get("/api/grading-audits/" + id).status()).isEqualTo(200);
    assertThat(as("wuxia").get("/api/grading-audits/" + id).status()).isEqualTo(403);
    assertThat(as("zhangwei").get("/api/grading-audits/" + id).status()).isEqualTo(403);
  }

  private String completedConsultation(String n) {
    Rest.Response s = as("huangfang").post("/engine-rest/process-definition/key/customer-consultation/submit-form",
        vars("channel", "phone", "companyName", "督查集成测试公司" + n + System.nanoTime(), "contactName", "王先生",
            "contactPhone", "13800138000", "question", "入驻条件", "cooperationIntent", false));
    assertThat(s.status()).as(s.body()).isEqualTo(200);
    String pi = s.json().path("id").asText();
    String task = as("huangfang").get("/engine-rest/task?processInstanceId=" + pi).json().get(0).path("id").asText();
    Rest.Response done = as("huangfang").post("/engine-rest/task/" + task + "/submit-form",
        vars("answer", "已介绍入驻条件", "answerWay", "phone", "resolved", true));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    return pi;
  }

  static String checklist(int items, boolean firstNonconforming) {
    StringBuilder rows = new StringBuilder("[");
    for (int n = 1; n <= items; n++) {
      boolean bad = firstNonconforming && n == 1;
      rows.append(n > 1 ? "," : "").append("{\"item\":\"\",\"result\":\"").append(bad ? "NONCONFORMING"
          : "CONFORMING").append("\",\"remark\":\"").append(bad ? "未按时答复" : "").append("\"}");
    }
    return rows.append("]").toString();
  }

  static String finding(String dueDate) {
    return "[{\"description\":\"答复超时未督办\",\"department\":\"cs-manager\",\"dueDate\":\"" + dueDate + "\"}]";
  }
}
