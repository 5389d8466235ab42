package com.crmflow.customer.grading;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grading and owners on PostgreSQL through the APIs, as the right and the wrong users: an owner reports a major
 * change (POST /api/customers/{id}/major-changes), crm-dept reviews in Tasklist's way (/engine-rest), the new
 * grade and owner show in GET /api/customers/{id}/grading-results; GET /api/customers/owner-violations.
 */
@IntegrationTest
class CustomerGradingIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  private Customer customer(String name, String grade, String owner) {
    Customer c = new Customer();
    c.setName(name + System.nanoTime());
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(Instant.now());
    c.setAnnualPurchaseAmount(new BigDecimal("500"));
    c.setPurchaseFrequency(12);
    c.setProfitContribution(new BigDecimal("100"));
    c.setCooperationYears(5);
    c.setGrowthPotential(4);
    c.setMarketInfluence(4);
    return customers.save(c);
  }

  /** A variable's value as the REST API gives it without deserializing: Json as text. */
  private static String value(JsonNode variable) {
    JsonNode v = variable.path("value");
    return v.isTextual() ? v.asText() : v.toString();
  }

  private void executeJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
  }

  @Test
  @Verifies({"P3.3", "P3.4", "P3.5"})
  void anOwnerReportsAMergerCrmDeptConfirmsAndTheNewGradeAndOwnerAreExplained() {
    Customer c = customer("并购客户", "B", "lina");
    Map<String, Object> merger = Map.of("changeType", "merger", "description", "客户并购了两家同行企业",
        "annualPurchaseAmount", 1500, "profitContribution", 260.5, "purchaseFrequency", 30, "cooperationYears", 10,
        "growthPotential", 5, "marketInfluence", 5);

    assertThat(Rest.anonymous(port).post("/api/customers/" + c.getId() + "/major-changes", merger).status())
        .isEqualTo(401);
    // another account manager may not see lina's customer: answered like a customer that does not exist
    Rest.Response other = as("zhangwei").post("/api/customers/" + c.getId() + "/major-changes", merger);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.json().path("detail").asText()).isEqualTo("找不到客户 " + c.getId());
    // lina's team lead sees the customer but is neither its owner nor crm-dept
    Rest.Response lead = as("liuyang").post("/api/customers/" + c.getId() + "/major-changes", merger);
    assertThat(lead.status()).isEqualTo(403);
    assertThat(lead.json().path("detail").asText()).contains("维护责任人");
    assertThat(as("lina").post("/api/customers/999999/major-changes", merger).status()).isEqualTo(404);
    Rest.Response missing = as("lina").post("/api/customers/" + c.getId() + "/major-changes",
        Map.of("changeType", "merger"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("fields").toString()).contains("description");
    Rest.Response unknownType = as("lina").post("/api/customers/" + c.getId() + "/major-changes",
        Map.of("changeType", "bankrupt", "description", "破产"));
    assertThat(unknownType.status()).as(unknownType.body()).isEqualTo(400);
    assertThat(unknownType.json().path("fields").toString()).contains("changeType");
    Rest.Response badLevel = as("lina").post("/api/customers/" + c.getId() + "/major-changes",
        Map.of("changeType", "merger", "description", "并购", "growthPotential", 9));
    assertThat(badLevel.status()).isEqualTo(400);
    assertThat(badLevel.json().path("fields").toString()).contains("growthPotential");

    Rest.Response accepted = as("lina").post("/api/customers/" + c.getId() + "/major-changes", merger);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String runNumber = accepted.json().path("runNumber").asText();
    assertThat(runNumber).matches("GRD-\\d{4}-\\d{4}");
    String instance = accepted.json().path("processInstanceId").asText();
    // the reporter is recorded, the new indicators are on the customer
    assertThat(jdbc.queryForObject("SELECT reported_by FROM crm_grading_run WHERE run_number = ?", String.class,
        runNumber)).isEqualTo("lina");
    assertThat(customers.findById(c.getId()).orElseThrow().getAnnualPurchaseAmount()).isEqualByComparingTo("1500");
    executeJobs(instance);

    // crm-dept finds the review in Tasklist with the list of changes and decides it
    JsonNode tasks = as("wuxia").get("/engine-rest/task?processInstanceId=" + instance).json();
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("审核客户等级调整");
    assertThat(as("lina").get("/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
    JsonNode form = as("wuxia").get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").json();
    assertThat(form.path("context").path("value").asText()).contains(runNumber).contains("企业并购");
    assertThat(form.path("changes").path("type").asText()).isEqualTo("Json");
    assertThat(value(form.path("changes"))).contains("B 核心客户 → A 重要战略客户");
    assertThat(value(form.path("changeOptions"))).contains("B 核心客户 → A 重要战略客户");
    String checked = value(form.path("approvedChanges"));
    assertThat(checked).matches("\\[\"\\d+\"\\]");
    assertThat(as("wuxia").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "wuxia")).status())
        .isEqualTo(204);
    Rest.Response refused = as("wuxia").post("/engine-rest/task/" + taskId + "/submit-form",
        vars("approvedChanges", json(checked), "overrides", "降为 C"));
    assertThat(refused.status()).as("an override line needs number, grade and reason").isEqualTo(400);
    assertThat(refused.body()).contains("评定编号 等级 理由");
    Rest.Response done = as("wuxia").post("/engine-rest/task/" + taskId + "/submit-form",
        vars("approvedChanges", json(checked)));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    executeJobs(instance);

    Customer graded = customers.findById(c.getId()).orElseThrow();
    assertThat(graded.getGrade()).isEqualTo("A");
    assertThat(graded.getOwner()).isIn("gaoming", "zhangwei", "zhengkai");
    JsonNode handover = as(graded.getOwner()).get("/engine-rest/task?processInstanceId=" + instance
        + "&assignee=" + graded.getOwner()).json();
    assertThat(handover).hasSize(1);
    assertThat(handover.get(0).path("name").asText()).isEqualTo("客户交接");

    // the grade explained: inputs, score, rule version, review; the owner change
    Rest.Response explained = as("maliang").get("/api/customers/" + c.getId() + "/grading-results");
    assertThat(explained.status()).as(explained.body()).isEqualTo(200);
    JsonNode result = explained.json().path("results").get(0);
    assertThat(result.path("runNumber").asText()).isEqualTo(runNumber);
    assertThat(result.path("trigger").asText()).isEqualTo("MAJOR_CHANGE");
    assertThat(result.path("annualPurchaseAmount").decimalValue()).isEqualByComparingTo("1500");
    assertThat(result.path("score").decimalValue()).isEqualByComparingTo("100");
    assertThat(result.path("grade").asText()).isEqualTo("A");
    assertThat(result.path("previousGrade").asText()).isEqualTo("B");
    assertThat(result.path("status").asText()).isEqualTo("APPLIED");
    assertThat(result.path("reviewedBy").asText()).isEqualTo("wuxia");
    assertThat(result.path("decisionDefinitionId").asText()).startsWith("customer-grading:");
    assertThat(result.path("decisionVersion").asInt()).isPositive();
    JsonNode change = explained.json().path("ownerChanges").get(0);
    assertThat(change.path("previousOwner").asText()).isEqualTo("lina");
    assertThat(change.path("newOwner").asText()).isEqualTo(graded.getOwner());
    assertThat(as(graded.getOwner()).get("/api/customers/" + c.getId() + "/grading-results").status())
        .as("the new owner").isEqualTo(200);
    Rest.Response hidden = as("songyu").get("/api/customers/" + c.getId() + "/grading-results");
    assertThat(hidden.status()).as("a customer songyu may not see is not revealed").isEqualTo(404);
    assertThat(hidden.json().path("detail").asText()).isEqualTo("找不到客户 " + c.getId());
    assertThat(as("wuxia").get("/api/customers/999999/grading-results").status()).isEqualTo(404);
  }

  @Test
  @Verifies({"P3.4", "X.2", "X.4"})
  void crmDeptAndSupervisorsSeeOwnerViolationsOthersDoNot() {
    Customer orphan = customer("无责任人客户", "C", null);
    Customer misfit = customer("责任人不符客户", "A", "songyu");
    try {
      for (String reader : List.of("wuxia", "maliang")) {
        Rest.Response r = as(reader).get("/api/customers/owner-violations");
        assertThat(r.status()).as(reader + ": " + r.body()).isEqualTo(200);
        JsonNode listed = r.json().path("violations");
        assertThat(listed.findValues("customerId").stream().map(JsonNode::asLong).toList())
            .contains(orphan.getId(), misfit.getId());
        assertThat(r.json().path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(listed.toString()).contains("NO_OWNER").contains("NOT_ELIGIBLE");
      }
      assertThat(as("wuxia").get("/api/customers/owner-violations?limit=1").json().path("violations")).hasSize(1);
      Rest.Response badLimit = as("wuxia").get("/api/customers/owner-violations?limit=0");
      assertThat(badLimit.status()).isEqualTo(400);
      assertThat(badLimit.json().path("fields").toString()).contains("limit");
      assertThat(as("zhangwei").get("/api/customers/owner-violations").status()).isEqualTo(403);
      assertThat(as("huangfang").get("/api/customers/owner-violations").status()).isEqualTo(403);
      assertThat(Rest.anonymous(port).get("/api/customers/owner-violations").status()).isEqualTo(401);
    } finally {
      jdbc.update("UPDATE crm_customer SET status = 'INACTIVE' WHERE id IN (?, ?)", orphan.getId(), misfit.getId());
    }
  }
}
