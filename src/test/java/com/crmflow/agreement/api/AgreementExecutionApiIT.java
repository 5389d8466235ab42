package com.crmflow.agreement.api;

import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.agreement.domain.AgreementExecutionRepository;
import com.crmflow.agreement.domain.AgreementObligationRepository;
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
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The execution of an agreement in force (SPEC P6.4) on PostgreSQL through real HTTP as the demo organisation's users:
 * the customer's owner breaks the obligations down in Tasklist's way ({@code /engine-rest} submit-form), the owners
 * report progress, the coordination meeting records the risk register, the progress table
 * ({@code GET /api/agreements/{number}/execution}) — and what an insider might try: another user's obligation task,
 * a forged owner and extra variables on submit-form, a due date in the past, the progress table of an agreement the
 * user may not see.
 */
@IntegrationTest
class AgreementExecutionApiIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired AgreementRepository agreements;
  @Autowired AgreementExecutionRepository executions;
  @Autowired AgreementObligationRepository obligations;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;

  Long customerId;
  String number;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @BeforeEach
  void agreementInForce() {
    Customer c = new Customer();
    c.setName("协议执行集成测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
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
    number = created.json().path("agreementNumber").asText();
    String review = claimed("xuhui", "Task_LegalReview");
    assertThat(as("xuhui").post("/engine-rest/task/" + review + "/submit-form", vars("decision", "approve")).status())
        .isEqualTo(204);
    AgreementDocumentsIT.signedCopy(port, number);
    String sign = claimed("xuhui", "Task_RecordSigning");
    Rest.Response signed = as("xuhui").post("/engine-rest/task/" + sign + "/submit-form", vars("ourRepresentative",
        "王总经理", "customerRepresentative", "刘董事长", "signedOn", today().toString()));
    assertThat(signed.status()).as(signed.body()).isEqualTo(204);
  }

  String taskOf(String user, String key) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey=" + key)
        .json();
    assertThat(tasks).as(user + " sees " + key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  String claimed(String user, String key) {
    String task = taskOf(user, key);
    assertThat(as(user).post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).status()).isEqualTo(204);
    return task;
  }

  static String obligations(String firstOwner, LocalDate firstDue) {
    return "[{\"duty\":\"提供招商场地并完成交付\",\"owner\":\"" + firstOwner + "\",\"dueDate\":\"" + firstDue
        + "\",\"clause\":\"第二条\"},{\"duty\":\"结算首期费用\",\"owner\":\"hejing\",\"dueDate\":\""
        + today().plusDays(20) + "\"}]";
  }

  Long executionId() {
    return executions.findByAgreementId(agreements.findByAgreementNumber(number).orElseThrow().getId()).orElseThrow()
        .getId();
  }

  @Test
  @Verifies("P6.4")
  void theOwnerBreaksTheObligationsDownTheOwnersReportAndTheProgressTableAndMeetingShowIt() {
    String breakDown = taskOf("lina", "Task_BreakDownObligations");
    Rest.Response form = as("lina").get("/engine-rest/task/" + breakDown + "/form-variables?deserializeValues=false");
    assertThat(form.json().path("ownerOptions").path("value").asText()).contains("zhaomin").contains("hejing");
    assertThat(form.json().path("context").path("value").asText()).contains(number).contains("协议义务尚未分解");
    Rest.Response done = as("lina").post("/engine-rest/task/" + breakDown + "/submit-form",
        vars("obligations", json(obligations("zhaomin", today().plusDays(10)))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    String place = taskOf("zhaomin", "Task_ReportProgress");
    assertThat(as("zhaomin").get("/engine-rest/task/" + place).json().path("name").asText())
        .isEqualTo("报告义务进度：第 1 项 提供招商场地并完成交付");
    Rest.Response report = as("zhaomin").post("/engine-rest/task/" + place + "/submit-form",
        vars("progress", "in_progress", "percentage", 60, "progressNote", "场地已确定"));
    assertThat(report.status()).as(report.body()).isEqualTo(204);
    String again = taskOf("zhaomin", "Task_ReportProgress");
    assertThat(as("zhaomin").post("/engine-rest/task/" + again + "/submit-form",
        vars("progress", "done", "percentage", 100)).status()).isEqualTo(204);

    JsonNode table = as("lina").get("/api/agreements/" + number + "/execution").json();
    assertThat(table.path("status").asText()).isEqualTo("RUNNING");
    assertThat(table.path("owner").asText()).isEqualTo("lina");
    assertThat(table.path("obligations")).hasSize(2);
    JsonNode first = table.path("obligations").get(0);
    assertThat(first.path("owner").asText()).isEqualTo("zhaomin");
    assertThat(first.path("progressLabel").asText()).isEqualTo("已完成");
    assertThat(first.path("percentage").asInt()).isEqualTo(100);
    assertThat(first.path("lastReport").path("reportedBy").asText()).isEqualTo("zhaomin");
    assertThat(table.path("obligations").get(1).path("progressLabel").asText()).isEqualTo("未开始");
    assertThat(table.path("obligations").get(1).path("dueDate").asText()).isEqualTo(today().plusDays(20).toString());
    assertThat(as("wuxia").get("/api/agreements/" + number + "/execution").status()).as("crm-dept").isEqualTo(200);
    assertThat(as("xuhui").get("/api/agreements/" + number + "/execution").status()).as("legal").isEqualTo(200);

    // the meeting cycle is due (the job executor's work, done here at once): the owner records the meeting
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("agreement-execution")
        .processInstanceBusinessKey(number).singleResult().getId();
    String meetingJob = managementService.createJobQuery().processInstanceId(instance)
        .activityId("StartEvent_MeetingDue").singleResult().getId();
    managementService.executeJob(meetingJob);
    String meeting = taskOf("lina", "Task_RecordMeeting");
    assertThat(as("lina").get("/engine-rest/task/" + meeting + "/form-variables?deserializeValues=false").json()
        .path("context").path("value").asText()).contains("进度跟踪表").contains("已完成 100%");
    Rest.Response recorded = as("lina").post("/engine-rest/task/" + meeting + "/submit-form", vars(
        "meetingDate", today().toString(), "attendees", "李娜、何静", "minutes", "通报进展", "decisions", "每周跟进回款",
        "risks", json("[{\"description\":\"客户资金紧张\",\"category\":\"credit\",\"likelihood\":\"high\","
            + "\"impact\":\"medium\",\"measures\":\"每周跟进回款\",\"riskOwner\":\"hejing\",\"riskStatus\":\"open\"}]")));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
    JsonNode after = as("lina").get("/api/agreements/" + number + "/execution").json();
    assertThat(after.path("meetings")).hasSize(1);
    assertThat(after.path("risks").get(0).path("level").asText()).as("likelihood high × impact medium by risk-level.dmn")
        .isEqualTo("high");
    assertThat(after.path("risks").get(0).path("statusLabel").asText()).isEqualTo("未关闭");
    JsonNode archive = as("wuxia").get("/api/customers/" + customerId).json().path("history")
        .path("agreementMeetings");
    assertThat(archive).hasSize(1);
    assertThat(archive.get(0).path("agreementNumber").asText()).isEqualTo(number);
  }

  @Test
  void aDueDateInThePastAForgedOwnerOrAnExtraVariableAreRefusedAndNothingIsStored() {
    String breakDown = taskOf("lina", "Task_BreakDownObligations");
    Rest.Response past = as("lina").post("/engine-rest/task/" + breakDown + "/submit-form",
        vars("obligations", json(obligations("zhaomin", today().minusDays(1)))));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.json().path("message").asText()).contains("不能早于今天");
    Rest.Response forged = as("lina").post("/engine-rest/task/" + breakDown + "/submit-form",
        vars("obligations", json(obligations("maliang", today().plusDays(5)))));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.json().path("message").asText()).contains("负责人");
    Rest.Response extra = as("lina").post("/engine-rest/task/" + breakDown + "/submit-form",
        vars("obligations", json(obligations("zhaomin", today().plusDays(5))), "executionId", 1L));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.json().path("message").asText()).contains("executionId");
    assertThat(obligations.findByExecutionIdOrderByItemNo(executionId())).isEmpty();
    // a colleague of the owner cannot do the breakdown
    Rest.Response colleague = as("zhangwei").post("/engine-rest/task/" + breakDown + "/submit-form",
        vars("obligations", json(obligations("zhaomin", today().plusDays(5)))));
    assertThat(colleague.status()).isGreaterThanOrEqualTo(400);
    assertThat(obligations.findByExecutionIdOrderByItemNo(executionId())).isEmpty();
  }

  @Test
  void anotherUserCannotReportOnSomebodysObligationNorRedirectTheirOwnReport() {
    String breakDown = taskOf("lina", "Task_BreakDownObligations");
    assertThat(as("lina").post("/engine-rest/task/" + breakDown + "/submit-form",
        vars("obligations", json(obligations("zhaomin", today().plusDays(10))))).status()).isEqualTo(204);
    String place = taskOf("zhaomin", "Task_ReportProgress");
    assertThat(as("hejing").get("/engine-rest/task?processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=Task_ReportProgress").json()).as("hejing sees only her own").hasSize(1);
    Rest.Response foreign = as("hejing").post("/engine-rest/task/" + place + "/submit-form",
        vars("progress", "done", "percentage", 100));
    assertThat(foreign.status()).isGreaterThanOrEqualTo(400);
    Rest.Response claim = as("sunli").post("/engine-rest/task/" + place + "/claim", Map.of("userId", "sunli"));
    assertThat(claim.status()).isGreaterThanOrEqualTo(400);
    Long hejingsObligation = obligations.findByExecutionIdOrderByItemNo(executionId()).get(1).getId();
    Rest.Response redirected = as("zhaomin").post("/engine-rest/task/" + place + "/submit-form",
        vars("progress", "done", "percentage", 100, "obligationId", hejingsObligation));
    assertThat(redirected.status()).isEqualTo(400);
    assertThat(obligations.findByExecutionIdOrderByItemNo(executionId())).extracting(o -> o.getStatus())
        .containsOnly("not_started");
  }

  @Test
  void theProgressTableIsHiddenFromUsersWhoMayNotSeeTheAgreement() {
    assertThat(as("lina").get("/api/agreements/" + number + "/execution").status()).isEqualTo(200);
    Rest.Response other = as("zhangwei").get("/api/agreements/" + number + "/execution");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("年度招商合作协议");
    assertThat(as("hejing").get("/api/agreements/" + number + "/execution").status()).as("finance").isEqualTo(404);
    assertThat(as("lina").get("/api/agreements/AGR-1999-0001/execution").status()).isEqualTo(404);
  }
}
