package com.crmflow.evaluation.api;

import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.Fixtures;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quarterly evaluation per owner on PostgreSQL through real HTTP (SPEC P7.3–P7.4): a known quarter (2037-Q3,
 * after 2037-Q2) of surveys, complaints with their deadlines, return visits and grade changes for three owners;
 * every rate and every proposal is asserted, then senior management decides through the REST API while insiders
 * (another group at the task, a forged proposal id, extra variables) are refused, and the evaluation is read and
 * exported as CSV by senior management and crm-dept only.
 */
@IntegrationTest
class OwnerEvaluationIT {


  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired CustomerGrades grades;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  @Test
  @Verifies({"P7.3", "P7.4", "X.2"})
  void theFiguresOfAKnownQuarterAreExactAndSeniorManagementDecidesWhileInsidersAreRefused() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String a = "ita-" + run;
    String b = "itb-" + run;
    String c = "itc-" + run;
    Long a1 = customer("B", a);
    Long b1 = customer("C", b);
    Long b2 = customer("B", b);
    Long c1 = customer("D", c);
    Long c2 = customer("C", c);

    // a: 9 of 10 surveys ≥ 4 in Q3 → 90.00 % → reward; the overall-3 survey is not satisfied
    int[] aScores = {5, 5, 4, 4, 4, 4, 4, 4, 4, 3};
    for (int s : aScores) {
      survey(a1, a, s, "2037-08-15T10:00");
    }
    survey(a1, a, 5, "2037-10-01T00:00"); // next quarter: not counted
    survey(a1, a, 1, "2037-06-30T23:59"); // the previous quarter: counted there
    // b: Q2 2 of 4 (50 %), Q3 1 of 3 (33.33 %) → penalty review
    survey(b1, b, 4, "2037-05-01T10:00");
    survey(b1, b, 5, "2037-05-02T10:00");
    survey(b1, b, 2, "2037-05-03T10:00");
    survey(b1, b, 3, "2037-05-04T10:00");
    survey(b2, b, 4, "2037-07-01T00:00");
    survey(b2, b, 2, "2037-09-30T23:59");
    survey(b2, b, 1, "2037-09-10T10:00");

    // a's complaints in Q3: responses 1 of 2 met, feedback 2 of 3 met, 1 reopened, 1 of 2 verdicts satisfied
    long k1 = complaint(a1, "2037-07-10T09:00", 0, true);
    deadline(k1, "INITIAL_RESPONSE", 1, true);
    deadline(k1, "RESULT_FEEDBACK", 1, true);
    long k2 = complaint(a1, "2037-09-20T09:00", 1, false);
    deadline(k2, "INITIAL_RESPONSE", 1, false);
    deadline(k2, "RESULT_FEEDBACK", 1, true);
    deadline(k2, "RESULT_FEEDBACK", 2, false);
    long k3 = complaint(a1, "2037-09-21T09:00", 0, null); // no verdict yet, deadline not decided
    jdbc.update("insert into crm_complaint_deadline (complaint_id, kind, round_no, started_at, due_at, warn_at,"
        + " escalate_at, breach_level, met) values (?, 'INITIAL_RESPONSE', 1, ?, ?, ?, ?, 0, null)", k3,
        ts("2037-09-21T09:00"), ts("2037-09-22T09:00"), ts("2037-09-22T08:00"), ts("2037-09-23T09:00"));
    complaint(a1, "2037-10-02T09:00", 1, false); // next quarter

    // a's return visits due in Q3: on time, late, not done, cancelled (left out) → 1 of 3
    visit(a1, a, "2037-07-31", "DONE", "2037-07-31");
    visit(a1, a, "2037-08-31", "DONE", "2037-09-02");
    visit(a1, a, "2037-09-30", "DUE", null);
    visit(a1, a, "2037-09-15", "CANCELLED", null);
    visit(a1, a, "2037-10-15", "DONE", "2037-10-01"); // due next quarter

    // a grade change in Q2: c's C → B, a proposal of the other run (2037-Q2)
    at("2037-05-01T10:00");
    grades.applyGrade(c2, "B", "system");
    // grade changes in Q3: b's C → B and B → A (two upgrades), c's D → A (a new A customer)
    at("2037-08-01T10:00");
    grades.applyGrade(b1, "B", "system");
    grades.applyGrade(b2, "A", "system");
    grades.applyGrade(c1, "A", "system");
    at("2037-10-01T00:00");
    grades.applyGrade(c1, "B", "system"); // next quarter

    at("2037-07-01T03:00");
    String q2 = start();
    at("2037-10-01T03:00");
    String q3 = start();

    JsonNode report = as("zhengkai").get("/api/evaluations?quarter=2037-Q3").json();
    assertThat(report.path("quarter").asText()).isEqualTo("2037-Q3");
    assertThat(report.path("status").asText()).isEqualTo("PROPOSED");
    JsonNode ra = owner(report, a);
    assertThat(ra.path("surveys").asInt()).isEqualTo(10);
    assertThat(ra.path("satisfiedSurveys").asInt()).isEqualTo(9);
    assertThat(ra.path("satisfactionRate").decimalValue()).isEqualByComparingTo("90.00");
    assertThat(ra.path("complaints").asInt()).isEqualTo(3);
    assertThat(ra.path("responseRate").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(ra.path("feedbackRate").decimalValue()).isEqualByComparingTo("66.67");
    assertThat(ra.path("reopened").asInt()).isEqualTo(1);
    assertThat(ra.path("satisfiedVerdicts").asInt()).isEqualTo(1);
    assertThat(ra.path("verdicts").asInt()).isEqualTo(2);
    assertThat(ra.path("visitsDue").asInt()).isEqualTo(3);
    assertThat(ra.path("visitsOnTime").asInt()).isEqualTo(1);
    assertThat(ra.path("visitRate").decimalValue()).isEqualByComparingTo("33.33");
    assertThat(ra.path("upgrades").asInt()).isZero();
    assertThat(proposals(ra)).containsExactly("REWARD:SATISFACTION_HIGH");
    JsonNode rb = owner(report, b);
    assertThat(rb.path("surveys").asInt()).isEqualTo(3);
    assertThat(rb.path("satisfactionRate").decimalValue()).isEqualByComparingTo("33.33");
    assertThat(rb.path("complaints").asInt()).isZero();
    assertThat(rb.path("responseRate").isNull()).isTrue();
    assertThat(rb.path("upgrades").asInt()).isEqualTo(2);
    assertThat(rb.path("newACustomers").asInt()).isZero();
    assertThat(proposals(rb)).containsExactlyInAnyOrder("REWARD:UPGRADE", "REWARD:UPGRADE",
        "PENALTY_REVIEW:SATISFACTION_LOW_TWICE");
    JsonNode rc = owner(report, c);
    assertThat(rc.path("satisfactionRate").isNull()).isTrue();
    assertThat(rc.path("newACustomers").asInt()).isEqualTo(1);
    assertThat(proposals(rc)).containsExactly("REWARD:NEW_A");
    JsonNode q2Report = as("zhengkai").get("/api/evaluations?quarter=2037-Q2").json();
    assertThat(owner(q2Report, b).path("satisfactionRate").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(owner(q2Report, a).path("satisfactionRate").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(proposals(owner(q2Report, b))).isEmpty();
    assertThat(proposals(owner(q2Report, c))).containsExactly("REWARD:UPGRADE");
    long otherRun = owner(q2Report, c).path("proposals").get(0).path("id").asLong();

    // who reads: senior management and crm-dept; others 403; a bad quarter 400; a quarter not evaluated 404
    assertThat(as("wuxia").get("/api/evaluations?quarter=2037-Q3").status()).isEqualTo(200);
    assertThat(as("zhangwei").get("/api/evaluations?quarter=2037-Q3").status()).isEqualTo(403);
    assertThat(as("liuyang").get("/api/evaluations/export?quarter=2037-Q3").status()).isEqualTo(403);
    assertThat(Rest.anonymous(port).get("/api/evaluations?quarter=2037-Q3").status()).isEqualTo(401);
    Rest.Response bad = as("zhengkai").get("/api/evaluations?quarter=2037-5");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("quarter");
    assertThat(as("zhengkai").get("/api/evaluations?quarter=2036-Q1").status()).isEqualTo(404);

    // the decision task: senior management's, not an account manager's
    JsonNode tasks = as("zhengkai").get("/engine-rest/task?processInstanceId=" + q3).json();
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("审定奖惩建议");
    Map<Long, String> ids = new HashMap<>();
    for (JsonNode o : report.path("owners")) {
      for (JsonNode p : o.path("proposals")) {
        ids.put(p.path("id").asLong(), p.path("reasonCode").asText());
      }
    }
    String good = decisions(ids, null);
    String owners = "[" + assessment(a, 5, 4) + "," + assessment(b, 2, 3) + "," + assessment(c, 4, 4) + "]";
    assertThat(as("zhangwei").get("/engine-rest/task?processInstanceId=" + q3).json()).isEmpty();
    assertThat(as("zhangwei").post("/engine-rest/task/" + taskId + "/submit-form",
        vars("proposals", json(good), "owners", json(owners))).status()).isIn(403, 404);
    // a proposal id of the other run (2037-Q2's evaluation)
    Rest.Response f = as("zhengkai").post("/engine-rest/task/" + taskId + "/submit-form",
        vars("proposals", json(decisions(ids, otherRun)), "owners", json(owners)));
    assertThat(f.status()).as(f.body()).isEqualTo(400);
    assertThat(f.body()).contains("不属于本次季度考核");
    // a reject without a reason
    String noReason = good.replace("\"adjust\",\"reason\":\"奖励减半\"", "\"adjust\",\"reason\":\"\"");
    Rest.Response nr = as("zhengkai").post("/engine-rest/task/" + taskId + "/submit-form",
        vars("proposals", json(noReason), "owners", json(owners)));
    assertThat(nr.status()).as(nr.body()).isEqualTo(400);
    assertThat(nr.body()).contains("审定理由");
    // extra variables
    for (String extra : new String[] {"evaluationId", "anyOwner"}) {
      Map<String, Object> body = vars("proposals", json(good), "owners", json(owners), extra, 1);
      Rest.Response r = as("zhengkai").post("/engine-rest/task/" + taskId + "/submit-form", body);
      assertThat(r.status()).as(extra + ": " + r.body()).isEqualTo(400);
    }
    assertThat(owner(as("zhengkai").get("/api/evaluations?quarter=2037-Q3").json(), a).path("proposals").get(0)
        .path("decision").isNull()).isTrue();

    Rest.Response done = as("zhengkai").post("/engine-rest/task/" + taskId + "/submit-form",
        vars("proposals", json(good), "owners", json(owners)));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    JsonNode decided = as("wuxia").get("/api/evaluations?quarter=2037-Q3").json();
    assertThat(decided.path("status").asText()).isEqualTo("DECIDED");
    assertThat(decided.path("decidedBy").asText()).isEqualTo("zhengkai");
    assertThat(owner(decided, a).path("attitude").asInt()).isEqualTo(5);
    assertThat(owner(decided, b).path("teamwork").asInt()).isEqualTo(3);
    assertThat(owner(decided, b).path("proposals")).allSatisfy(p -> assertThat(p.path("decision").asText())
        .isIn("approve", "adjust", "reject"));

    Rest.Response csv = as("zhengkai").get("/api/evaluations/export?quarter=2037-Q3");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String text = csv.body();
    assertThat(text).contains("客户满意度(%)").contains("工作态度(1-5)").contains(a + ",10,9,90.00,3,50.00,66.67,1,1,2,3,1,33.33,0,0,5,4")
        .contains("奖励建议").contains("驳回（").contains("调整（奖励减半）");
    assertThat(q2).isNotBlank();
    // the other run's proposal was not touched
    assertThat(owner(as("zhengkai").get("/api/evaluations?quarter=2037-Q2").json(), c).path("proposals").get(0)
        .path("decision").isNull()).isTrue();
  }

  // ---- the fixture

  private String start() {
    String pi = runtimeService.startProcessInstanceByKey("owner-evaluation").getId();
    for (Job j : managementService.createJobQuery().processInstanceId(pi).list()) {
      managementService.executeJob(j.getId());
    }
    return pi;
  }

  private static JsonNode owner(JsonNode report, String owner) {
    for (JsonNode o : report.path("owners")) {
      if (o.path("owner").asText().equals(owner)) {
        return o;
      }
    }
    throw new AssertionError("no owner " + owner + " in " + report);
  }

  private static java.util.List<String> proposals(JsonNode owner) {
    java.util.List<String> list = new java.util.ArrayList<>();
    owner.path("proposals").forEach(p -> list.add(p.path("kind").asText() + ":" + p.path("reasonCode").asText()));
    return list;
  }

  /** approve the satisfaction rewards and the penalty review, adjust upgrades, reject the new A customer. */
  private static String decisions(Map<Long, String> ids, Long forged) {
    StringBuilder sb = new StringBuilder("[");
    for (var e : ids.entrySet()) {
      String d = switch (e.getValue()) {
        case "UPGRADE" -> "\"decision\":\"adjust\",\"reason\":\"奖励减半\"";
        case "NEW_A" -> "\"decision\":\"reject\",\"reason\":\"客户为集团内转入\"";
        default -> "\"decision\":\"approve\",\"reason\":null";
      };
      sb.append(sb.length() > 1 ? "," : "").append("{\"proposalId\":").append(e.getKey()).append(",")
          .append("\"owner\":\"x\",\"proposal\":\"x\",").append(d).append("}");
    }
    if (forged != null) {
      sb.append(",{\"proposalId\":").append(forged).append(",\"decision\":\"approve\"}");
    }
    return sb.append("]").toString();
  }

  private static String assessment(String owner, int attitude, int teamwork) {
    return "{\"owner\":\"" + owner + "\",\"figures\":\"x\",\"attitude\":" + attitude + ",\"teamwork\":" + teamwork
        + "}";
  }

  private Fixtures fixtures() {
    return new Fixtures(jdbc, customers);
  }

  private Long customer(String grade, String owner) {
    return fixtures().customer(grade, owner);
  }

  private static Timestamp ts(String beijing) {
    return Fixtures.ts(beijing);
  }

  private static void at(String beijing) {
    Fixtures.at(beijing);
  }

  private void survey(Long customerId, String owner, int overall, String at) {
    fixtures().survey(customerId, owner, overall, at);
  }

  private long complaint(Long customerId, String receivedAt, int reopened, Boolean satisfied) {
    return fixtures().complaint(customerId, receivedAt, reopened, satisfied);
  }

  private void deadline(long complaintId, String kind, int round, boolean met) {
    fixtures().deadline(complaintId, kind, round, met);
  }

  private void visit(Long customerId, String owner, String due, String status, String visited) {
    fixtures().visit(customerId, owner, due, status, visited);
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
