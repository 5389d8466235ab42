package com.crmflow.agreement.api;

import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.credit.CreditEvaluation;
import com.crmflow.customer.credit.CreditEvaluationRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Credit evaluation and the cooperation agreement (SPEC P3.7, 003 §2.4, §4.2) on PostgreSQL through real HTTP: a
 * drafted agreement opens the customer's credit evaluation for finance; a rating below the threshold holds the
 * signature — also through {@code /engine-rest} submit-form — until crm-dept has set the risk measures.
 */
@IntegrationTest
class AgreementCreditIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired CreditEvaluationRepository evaluations;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  @Verifies("P3.7")
  void aDraftOpensTheEvaluationAndALowRatingHoldsTheSignatureUntilTheRiskMeasuresAreSet() {
    Customer c = new Customer();
    c.setName("信用与协议集成测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    Long customerId = customers.save(c).getId();
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("title", "年度招商合作协议");
    body.put("parties", "甲方：本公司；乙方：客户");
    body.put("rightsObligations", "甲方提供场地和招商政策，乙方按期入驻并按约经营");
    body.put("content", "产业园区招商合作");
    body.put("startDate", today().toString());
    body.put("endDate", today().plusYears(1).toString());
    body.put("paymentTerms", "按季度银行转账");
    body.put("breachLiability", "逾期付款按日万分之五支付违约金");
    Rest.Response created = as("lina").post("/api/agreements", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("agreementNumber").asText();

    // finance has the customer's evaluation (and only one, however often agreements are drafted)
    CreditEvaluation opened = evaluations.findByOpenCustomerId(customerId).orElseThrow();
    assertThat(opened.getTriggerKind()).isEqualTo(CreditEvaluation.AGREEMENT);
    assertThat(opened.getRequestedBy()).isEqualTo("lina");
    String evaluation = opened.getProcessInstanceId();
    String evaluate = creditTask("hejing", evaluation, "Task_EvaluateCredit");
    assertThat(as("lina").post("/api/agreements", body).status()).isEqualTo(201);
    assertThat(evaluations.findAll().stream().filter(e -> customerId.equals(e.getCustomerId()))).hasSize(1);
    assertThat(as("hejing").post("/engine-rest/task/" + evaluate + "/claim", Map.of("userId", "hejing")).status())
        .isEqualTo(204);
    assertThat(as("hejing").post("/engine-rest/task/" + evaluate + "/submit-form", vars("rating", "B",
        "creditLimit", 100000, "evidence", "逾期付款两次", "validUntil", today().plusYears(1).toString())).status())
        .isEqualTo(204);

    String review = agreementTask("xuhui", number, "Task_LegalReview");
    assertThat(as("xuhui").post("/engine-rest/task/" + review + "/claim", Map.of("userId", "xuhui")).status())
        .isEqualTo(204);
    assertThat(as("xuhui").post("/engine-rest/task/" + review + "/submit-form", vars("decision", "approve")).status())
        .isEqualTo(204);
    AgreementDocumentsIT.signedCopy(port, number);
    String sign = agreementTask("xuhui", number, "Task_RecordSigning");
    assertThat(as("xuhui").post("/engine-rest/task/" + sign + "/claim", Map.of("userId", "xuhui")).status())
        .isEqualTo(204);
    Map<String, Object> signature = vars("ourRepresentative", "王总经理", "customerRepresentative", "刘董事长",
        "signedOn", today().toString());
    Rest.Response held = as("xuhui").post("/engine-rest/task/" + sign + "/submit-form", signature);
    assertThat(held.status()).as(held.body()).isEqualTo(400);
    assertThat(held.body()).contains("暂不能签订").contains("风险控制措施");
    assertThat(as("lina").get("/api/agreements/" + number).json().path("status").asText()).isEqualTo("APPROVED");

    String measures = creditTask("wuxia", evaluation, "Task_SetRiskMeasures");
    assertThat(as("wuxia").post("/engine-rest/task/" + measures + "/claim", Map.of("userId", "wuxia")).status())
        .isEqualTo(204);
    assertThat(as("wuxia").post("/engine-rest/task/" + measures + "/submit-form", vars("measure", "deposit",
        "description", "签约前缴纳合同金额 20% 的保证金")).status()).isEqualTo(204);

    Rest.Response signed = as("xuhui").post("/engine-rest/task/" + sign + "/submit-form", signature);
    assertThat(signed.status()).as(signed.body()).isEqualTo(204);
    assertThat(as("lina").get("/api/agreements/" + number).json().path("status").asText()).isEqualTo("IN_FORCE");
  }

  String creditTask(String user, String instance, String key) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key)
        .json();
    assertThat(tasks).as(user + " sees " + key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  String agreementTask(String user, String number, String key) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey="
        + key).json();
    assertThat(tasks).as(user + " sees " + key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }
}
