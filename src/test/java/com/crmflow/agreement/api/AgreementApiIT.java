package com.crmflow.agreement.api;

import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementRepository;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cooperation agreements on PostgreSQL as the real users of the demo organisation: an account manager drafts for
 * their customer through {@code POST /api/agreements}, legal reviews and asks for changes, the drafter revises,
 * another lawyer approves, legal records the signing; who may see and do what — and what an insider might try
 * (another user's customer, a skipped step, an extra variable, the wrong group).
 */
@IntegrationTest
class AgreementApiIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired AgreementRepository agreements;

  Long customerId;

  @BeforeEach
  void customer() {
    Customer c = new Customer();
    c.setName("协议集成测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  Map<String, Object> agreement() {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("title", "年度招商合作协议");
    body.put("parties", "甲方：本公司；乙方：客户");
    body.put("rightsObligations", "甲方提供场地和招商政策，乙方按期入驻并按约经营");
    body.put("content", "产业园区招商合作");
    body.put("startDate", today());
    body.put("endDate", LocalDate.parse(today()).plusYears(1).toString());
    body.put("paymentTerms", "按季度银行转账");
    body.put("breachLiability", "逾期付款按日万分之五支付违约金");
    return body;
  }

  String taskOf(String user, String number, String key) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey=" + key)
        .json();
    assertThat(tasks).as(user + " sees " + key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  String claimed(String user, String number, String key) {
    String task = taskOf(user, number, key);
    Rest.Response claim = as(user).post("/engine-rest/task/" + task + "/claim", Map.of("userId", user));
    assertThat(claim.status()).as(claim.body()).isEqualTo(204);
    return task;
  }

  Agreement stored(String number) {
    return agreements.findByAgreementNumber(number).orElseThrow();
  }

  @Test
  @Verifies({"P6.1", "P6.2", "P6.3"})
  void anAgreementIsDraftedReviewedRevisedApprovedAndSigned() {
    Rest.Response created = as("lina").post("/api/agreements", agreement());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("agreementNumber").asText();
    assertThat(number).matches("AGR-\\d{4}-\\d{4}");
    assertThat(created.header("Location")).isEqualTo("/api/agreements/" + number);
    assertThat(created.json().path("status").asText()).isEqualTo("DRAFT");
    assertThat(created.json().path("draftedBy").asText()).isEqualTo("lina");

    // the drafter does not see legal's review task; legal does
    assertThat(as("lina").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
    String review = claimed("xuhui", number, "Task_LegalReview");
    Rest.Response form = as("xuhui").get("/engine-rest/task/" + review + "/form-variables?deserializeValues=false");
    assertThat(form.json().path("context").path("value").asText()).contains(number).contains("待法务审核");
    Rest.Response noComment = as("xuhui").post("/engine-rest/task/" + review + "/submit-form",
        vars("decision", "changes"));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.json().path("message").asText()).contains("审核意见");
    Rest.Response changes = as("xuhui").post("/engine-rest/task/" + review + "/submit-form",
        vars("decision", "changes", "reviewComment", "违约责任条款需明确违约金上限"));
    assertThat(changes.status()).as(changes.body()).isEqualTo(204);
    assertThat(stored(number).getStatus()).isEqualTo(Agreement.CHANGES_REQUESTED);

    String revise = taskOf("lina", number, "Task_Revise");
    Rest.Response prefilled = as("lina").get("/engine-rest/task/" + revise + "/form-variables");
    assertThat(prefilled.json().path("title").path("value").asText()).isEqualTo("年度招商合作协议");
    Map<String, Object> revised = new LinkedHashMap<>(agreement());
    revised.remove("customerId");
    revised.put("breachLiability", "逾期付款按日万分之五支付违约金，总额不超过合同总额 20%");
    Rest.Response done = as("lina").post("/engine-rest/task/" + revise + "/submit-form",
        vars(revised.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
            .toArray()));
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    String second = claimed("qianyu", number, "Task_LegalReview");
    assertThat(as("qianyu").post("/engine-rest/task/" + second + "/submit-form", vars("decision", "approve"))
        .status()).isEqualTo(204);
    AgreementDocumentsIT.signedCopy(port, number);
    String sign = claimed("xuhui", number, "Task_RecordSigning");
    Rest.Response signed = as("xuhui").post("/engine-rest/task/" + sign + "/submit-form", vars("ourRepresentative",
        "王总经理", "customerRepresentative", "刘董事长", "signedOn", today()));
    assertThat(signed.status()).as(signed.body()).isEqualTo(204);

    JsonNode agreement = as("lina").get("/api/agreements/" + number).json();
    assertThat(agreement.path("status").asText()).isEqualTo("IN_FORCE");
    assertThat(agreement.path("statusLabel").asText()).isEqualTo("已生效");
    assertThat(agreement.path("breachLiability").asText()).contains("20%");
    assertThat(agreement.path("reviewRound").asInt()).isEqualTo(2);
    assertThat(agreement.path("customerRepresentative").asText()).isEqualTo("刘董事长");
    assertThat(agreement.path("journal")).extracting(e -> e.path("kind").asText())
        .containsExactly("DRAFTED", "CHANGES_REQUESTED", "REVISED", "APPROVED", "DOCUMENT_UPLOADED", "SIGNED");
    JsonNode ofCustomer = as("wuxia").get("/api/agreements?customerId=" + customerId).json();
    assertThat(ofCustomer).hasSize(1);
    assertThat(ofCustomer.get(0).path("agreementNumber").asText()).isEqualTo(number);
    // and on the customer's archive, with its status and term
    JsonNode archived = as("wuxia").get("/api/customers/" + customerId).json().path("history").path("agreements");
    assertThat(archived).hasSize(1);
    assertThat(archived.get(0).path("agreementNumber").asText()).isEqualTo(number);
    assertThat(archived.get(0).path("status").asText()).isEqualTo("IN_FORCE");
    assertThat(archived.get(0).path("endDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  @Verifies("P6.1")
  void theStartFormInTasklistDraftsTheAgreementForTheLoggedInUser() {
    String name = customers.findById(customerId).orElseThrow().getName();
    // what Tasklist loads for the start form: the customers as a Json option list
    Rest.Response form = as("lina").get(
        "/engine-rest/process-definition/key/cooperation-agreement/form-variables?deserializeValues=false");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.json().path("customerOptions").path("type").asText()).isEqualTo("Json");
    assertThat(form.json().path("customerOptions").path("value").asText()).contains(name)
        .contains("\"value\":\"" + customerId + "\"");
    assertThat(as("zhangwei").get(
        "/engine-rest/process-definition/key/cooperation-agreement/form-variables?deserializeValues=false").json()
        .path("customerOptions").path("value").asText()).doesNotContain(name);

    Map<String, Object> values = new LinkedHashMap<>(agreement());
    values.put("customerId", String.valueOf(customerId));
    Rest.Response started = as("lina").post("/engine-rest/process-definition/key/cooperation-agreement/submit-form",
        vars(values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    JsonNode mine = as("lina").get("/api/agreements?customerId=" + customerId).json();
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("draftedBy").asText()).isEqualTo("lina");
    assertThat(mine.get(0).path("status").asText()).isEqualTo("DRAFT");
  }

  @Test
  @Verifies("P6.5")
  void theDrafterAsksToTerminateAnAgreementInForceAndLegalApproves() {
    String number = as("lina").post("/api/agreements", agreement()).json().path("agreementNumber").asText();
    String review = claimed("xuhui", number, "Task_LegalReview");
    as("xuhui").post("/engine-rest/task/" + review + "/submit-form", vars("decision", "approve"));
    AgreementDocumentsIT.signedCopy(port, number);
    String sign = claimed("xuhui", number, "Task_RecordSigning");
    as("xuhui").post("/engine-rest/task/" + sign + "/submit-form", vars("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", today()));
    assertThat(stored(number).getStatus()).isEqualTo(Agreement.IN_FORCE);

    Map<String, Object> request = Map.of("reason", "客户经营范围调整", "effectiveOn",
        LocalDate.parse(today()).plusMonths(1).toString(), "settlement", "按实际入驻天数结算");
    Rest.Response foreign = as("zhangwei").post("/api/agreements/" + number + "/termination", request);
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().path("detail").asText()).contains("只有协议起草人和法务部门可以申请终止");
    Rest.Response requested = as("lina").post("/api/agreements/" + number + "/termination", request);
    assertThat(requested.status()).as(requested.body()).isEqualTo(200);
    assertThat(requested.json().path("journal")).extracting(e -> e.path("kind").asText())
        .contains("TERMINATION_REQUESTED");

    String termination = claimed("qianyu", number, "Task_ReviewTermination");
    Rest.Response approved = as("qianyu").post("/engine-rest/task/" + termination + "/submit-form",
        vars("terminationDecision", "approve"));
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    assertThat(as("lina").get("/api/agreements/" + number).json().path("statusLabel").asText()).isEqualTo("已终止");
    assertThat(as("lina").post("/api/agreements/" + number + "/termination", request).status()).isEqualTo(400);
  }

  @Test
  @Verifies("P6.5")
  void anAmendmentThroughTheApiIsReviewedSignedAndSupersedesTheOldVersion() {
    String number = as("lina").post("/api/agreements", agreement()).json().path("agreementNumber").asText();
    as("xuhui").post("/engine-rest/task/" + claimed("xuhui", number, "Task_LegalReview") + "/submit-form",
        vars("decision", "approve"));
    AgreementDocumentsIT.signedCopy(port, number);
    as("xuhui").post("/engine-rest/task/" + claimed("xuhui", number, "Task_RecordSigning") + "/submit-form",
        vars("ourRepresentative", "王总经理", "customerRepresentative", "刘董事长", "signedOn", today()));

    Map<String, Object> changed = new HashMap<>(agreement());
    changed.put("content", "产业园区招商合作，增加二期厂房");
    assertThat(as("zhangwei").post("/api/agreements/" + number + "/amendments", changed).status()).isEqualTo(403);
    Rest.Response amended = as("lina").post("/api/agreements/" + number + "/amendments", changed);
    assertThat(amended.status()).as(amended.body()).isEqualTo(201);
    String v2 = amended.json().path("agreementNumber").asText();
    assertThat(v2).isEqualTo(number + "-V2");
    assertThat(amended.json().path("previousAgreementNumber").asText()).isEqualTo(number);
    assertThat(as("lina").post("/api/agreements/" + number + "/amendments", changed).status()).as("one at a time")
        .isEqualTo(400);

    as("qianyu").post("/engine-rest/task/" + claimed("qianyu", v2, "Task_LegalReview") + "/submit-form",
        vars("decision", "approve"));
    AgreementDocumentsIT.signedCopy(port, v2);
    Rest.Response signed = as("qianyu").post("/engine-rest/task/" + claimed("qianyu", v2, "Task_RecordSigning")
        + "/submit-form", vars("ourRepresentative", "王总经理", "customerRepresentative", "刘董事长", "signedOn", today()));
    assertThat(signed.status()).as(signed.body()).isEqualTo(204);
    assertThat(as("lina").get("/api/agreements/" + v2).json().path("status").asText()).isEqualTo("IN_FORCE");
    JsonNode old = as("lina").get("/api/agreements/" + number).json();
    assertThat(old.path("status").asText()).isEqualTo("SUPERSEDED");
    assertThat(old.path("content").asText()).isEqualTo("产业园区招商合作");
  }

  // ------------------------------------------------------------------ who may see and do what; insiders

  @Test
  @Verifies("P6.1")
  void agreementsAreShownToLegalCrmDeptAndTheCustomersOwnerOnly() {
    String number = as("lina").post("/api/agreements", agreement()).json().path("agreementNumber").asText();
    assertThat(as("xuhui").get("/api/agreements/" + number).status()).isEqualTo(200);
    assertThat(as("wuxia").get("/api/agreements/" + number).status()).isEqualTo(200);
    assertThat(as("lina").get("/api/agreements/" + number).status()).isEqualTo(200);
    Rest.Response foreign = as("zhangwei").get("/api/agreements/" + number);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.json().path("detail").asText()).contains("找不到合作协议");
    assertThat(as("zhaomin").get("/api/agreements/" + number).status()).isEqualTo(404);
    assertThat(as("zhangwei").get("/api/agreements?customerId=" + customerId).status()).isEqualTo(404);
    assertThat(Rest.anonymous(port).get("/api/agreements/" + number).status()).isEqualTo(401);
  }

  @Test
  void theWrongGroupIsRefusedInChinese() {
    Rest.Response refused = as("zhaomin").post("/api/agreements", agreement());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("detail").asText()).contains("只有法务部门和业务部门可以起草合作协议");
    Rest.Response engine = as("zhaomin").post(
        "/engine-rest/process-definition/key/cooperation-agreement/submit-form", vars("customerId", customerId));
    assertThat(engine.status()).isGreaterThanOrEqualTo(400);
  }

  @Test
  void anotherUsersCustomerIsRefusedAndNothingIsStored() {
    long before = agreements.count();
    Rest.Response refused = as("zhangwei").post("/api/agreements", agreement());
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("detail").asText()).contains("客户编号 " + customerId + " 不存在");
    Rest.Response missing = as("lina").post("/api/agreements", new HashMap<>(Map.of("customerId", customerId)));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("detail").asText()).contains("协议名称");
    assertThat(agreements.count()).isEqualTo(before);
  }

  @Test
  @Verifies("P6.2")
  void theDrafterCannotReviewTheirOwnAgreementNorSkipTheReview() {
    String number = as("xuhui").post("/api/agreements", agreement()).json().path("agreementNumber").asText();
    String review = claimed("xuhui", number, "Task_LegalReview");
    Rest.Response own = as("xuhui").post("/engine-rest/task/" + review + "/submit-form", vars("decision", "approve"));
    assertThat(own.status()).isEqualTo(400);
    assertThat(own.json().path("message").asText()).contains("由您起草，不能由您审核");

    // a skipped step: straight to the signing
    String instance = stored(number).getProcessInstanceId();
    Rest.Response skipped = as("xuhui").post("/engine-rest/process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordSigning"))));
    assertThat(skipped.status()).as(skipped.body()).isGreaterThanOrEqualTo(400);
    assertThat(stored(number).getStatus()).isEqualTo(Agreement.DRAFT);
  }

  @Test
  void anExtraVariableCannotRedirectTheReviewToAnotherAgreement() {
    String mine = as("lina").post("/api/agreements", agreement()).json().path("agreementNumber").asText();
    String other = as("lina").post("/api/agreements", agreement()).json().path("agreementNumber").asText();
    String review = claimed("xuhui", mine, "Task_LegalReview");
    Rest.Response extra = as("xuhui").post("/engine-rest/task/" + review + "/submit-form",
        vars("decision", "approve", "agreementId", stored(other).getId()));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.json().path("message").asText()).contains("agreementId");
    assertThat(stored(other).getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(stored(mine).getStatus()).isEqualTo(Agreement.DRAFT);
  }
}
