package com.crmflow.customer.credit;

import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 信用评估 (SPEC P3.7) on PostgreSQL through {@code /api} and {@code /engine-rest}, each step by the demo user
 * whose job it is, and what an insider might try: a user who may not see the customer, one who sees it but may not
 * start an evaluation, a second evaluation while one is open, an extra variable, a rating not on the scale,
 * skipping the risk measures.
 */
@IntegrationTest
class CreditEvaluationIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired CreditEvaluationRepository evaluations;

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  private Long customer(String owner) {
    Customer c = new Customer();
    c.setName("信用评估集成测试客户" + System.nanoTime());
    c.setOwner(owner);
    c.setGrade("B");
    c.setCreatedAt(Instant.now());
    return customers.save(c).getId();
  }

  @Test
  @Verifies("P3.7")
  void theOwnerStartsFinanceRatesCrmDeptSetsRiskMeasuresAndTheArchiveShowsItOnlyToThoseWhoMay() {
    Long id = customer("zhangwei");
    Rest.Response started = as("zhangwei").post("/api/customers/" + id + "/credit-evaluations", Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String instance = started.json().path("processInstanceId").asText();
    assertThat(started.json().path("evaluationNumber").asText()).matches("CRE-\\d{4}-\\d{4}");

    // a second one while this one is open: 409
    Rest.Response second = as("wuxia").post("/api/customers/" + id + "/credit-evaluations", Map.of());
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    assertThat(second.json().path("detail").asText()).contains("已有进行中的信用评估");

    String validUntil = LocalDate.now().plusYears(1).toString();
    // a rating not on the scale, and an extra variable to skip the risk measures: 400, the task stays open
    Rest.Response badRating = complete("hejing", instance, "Task_EvaluateCredit", vars("rating", "D",
        "creditLimit", 100000, "evidence", "付款记录良好", "validUntil", validUntil));
    assertThat(badRating.status()).as(badRating.body()).isEqualTo(400);
    assertThat(badRating.body()).contains("D");
    Rest.Response extra = complete("hejing", instance, "Task_EvaluateCredit", vars("rating", "B",
        "creditLimit", 100000, "evidence", "逾期付款两次", "validUntil", validUntil, "riskMeasuresNeeded", false));
    assertThat(extra.status()).as(extra.body()).isEqualTo(400);
    assertThat(extra.body()).contains("riskMeasuresNeeded");

    assertThat(complete("hejing", instance, "Task_EvaluateCredit", vars("rating", "B", "creditLimit", 100000,
        "evidence", "逾期付款两次", "validUntil", validUntil)).status()).isEqualTo(204);
    // the risk measures are crm-dept's: finance cannot skip them by completing that task itself
    JsonNode measuresTask = as("wuxia").get("/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=Task_SetRiskMeasures").json();
    assertThat(measuresTask).hasSize(1);
    String measuresTaskId = measuresTask.get(0).path("id").asText();
    assertThat(as("hejing").post("/engine-rest/task/" + measuresTaskId + "/complete",
        vars("measure", "deposit", "description", "自行填写")).status()).isIn(403, 404);
    // nor can anybody set the routing flag on the instance
    assertThat(as("hejing").post("/engine-rest/process-instance/" + instance + "/variables",
        Map.of("modifications", Map.of("riskMeasuresNeeded", Map.of("value", false)))).status()).isIn(400, 403, 404);

    assertThat(complete("wuxia", instance, "Task_SetRiskMeasures", vars("measure", "prepayment",
        "description", "每笔订单预付 30%")).status()).isEqualTo(204);

    JsonNode owner = as("zhangwei").get("/api/customers/" + id).json();
    assertThat(owner.path("creditEvaluation").path("rating").asText()).isEqualTo("B");
    assertThat(owner.path("creditEvaluation").path("ratingLabel").asText()).isEqualTo("B 信用较差");
    assertThat(owner.path("creditEvaluation").path("creditLimit").decimalValue()).isEqualByComparingTo("100000");
    assertThat(owner.path("creditEvaluation").path("validUntil").asText()).isEqualTo(validUntil);
    assertThat(owner.path("creditEvaluation").path("riskMeasure").asText()).isEqualTo("预付款");
    assertThat(as("wuxia").get("/api/customers/" + id).json().path("creditEvaluation").path("rating").asText())
        .isEqualTo("B");
    assertThat(as("zhengkai").get("/api/customers/" + id).json().path("creditEvaluation").path("rating").asText())
        .isEqualTo("B");
    // the team lead and the auditors see the archive, not the credit evaluation
    Rest.Response lead = as("liuyang").get("/api/customers/" + id);
    assertThat(lead.status()).isEqualTo(200);
    assertThat(lead.json().path("creditEvaluation").isNull()).as(lead.body()).isTrue();
    assertThat(as("maliang").get("/api/customers/" + id).json().path("creditEvaluation").isNull()).isTrue();
  }

  @Test
  @Verifies("P3.7")
  void whoMayNotSeeTheCustomerGets404AndWhoSeesItButIsNoneOfTheRolesGets403() {
    Long id = customer("zhangwei");
    // lina (another account manager) and yangjun (cs-manager) do not see zhangwei's customer
    for (String user : new String[] {"lina", "yangjun"}) {
      Rest.Response r = as(user).post("/api/customers/" + id + "/credit-evaluations", Map.of());
      assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(404);
    }
    // the auditors see every customer, but do not start evaluations
    Rest.Response supervisor = as("maliang").post("/api/customers/" + id + "/credit-evaluations", Map.of());
    assertThat(supervisor.status()).as(supervisor.body()).isEqualTo(403);
    assertThat(supervisor.json().path("detail").asText()).contains("只有客户关系管理部门、财务部门或客户负责人可以发起信用评估");
    assertThat(as("hejing").post("/api/customers/999999999/credit-evaluations", Map.of()).status()).isEqualTo(404);
    // finance may start one for any customer
    assertThat(as("hejing").post("/api/customers/" + id + "/credit-evaluations", Map.of()).status()).isEqualTo(201);
    assertThat(evaluations.findByOpenCustomerId(id)).isPresent();
  }

  private Rest.Response complete(String user, String instance, String taskKey, Map<String, Object> variables) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey)
        .json();
    assertThat(tasks).as(user + " sees " + taskKey).isNotEmpty();
    String taskId = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull() || tasks.get(0).path("assignee").asText().isEmpty()) {
      as(user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    }
    return as(user).post("/engine-rest/task/" + taskId + "/complete", variables);
  }
}
