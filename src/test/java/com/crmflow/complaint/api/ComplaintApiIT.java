package com.crmflow.complaint.api;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintDeadlineRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/complaints} on PostgreSQL: every bad input is a 400 problem naming the field with nothing
 * stored; a retry with the same Idempotency-Key returns the same complaint (also when both requests race).
 */
@IntegrationTest
class ComplaintApiIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintDeadlineRepository deadlines;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired com.crmflow.complaint.process.ComplaintContext complaintContext;

  Long customerId;

  @BeforeEach
  void customer() {
    Customer c = new Customer();
    c.setName("投诉测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  Map<String, Object> complaint() {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("channel", "online-form");
    body.put("content", "网站提交的订单三天未发货，客服未回复");
    body.put("category", "delivery");
    body.put("severity", "high");
    body.put("contactPreference", "email");
    body.put("contactName", "王女士");
    body.put("contactEmail", "wang@example.com");
    return body;
  }

  Map<String, Object> with(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = complaint();
    change.accept(body);
    return body;
  }

  @Test
  @Verifies({"P2.1", "P2.3", "X.2"})
  void aComplaintIsRecordedAndItsProcessStartsWithThePromisedResponseTime() {
    Rest.Response r = as("huangfang").post("/api/complaints", complaint());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String number = r.json().path("complaintNumber").asText();
    assertThat(number).matches("CMP-\\d{4}-\\d{6}");
    assertThat(r.header("Location")).isEqualTo("/api/complaints/" + number);
    Instant received = Instant.parse(r.json().path("receivedAt").asText());
    Instant promised = Instant.parse(r.json().path("promisedResponseBy").asText());
    assertThat(Duration.between(received, promised)).as("severity high: 2 hours").isEqualTo(Duration.ofHours(2));

    var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(instance).isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_AssessComplaint");
    // the variables the process works with, each written once (issue 9: no second write of the same value)
    Long complaintId = r.json().path("complaintId").asLong();
    assertThat(runtimeService.getVariable(instance.getId(), "initiator")).isEqualTo("huangfang");
    assertThat(runtimeService.getVariable(instance.getId(), "complaintId")).isEqualTo(complaintId);
    // the first round of the initial response, the one the intake opened in the same transaction
    assertThat(runtimeService.getVariable(instance.getId(), "responseDeadlineId")).isEqualTo(deadlines
        .findFirstByComplaintIdAndKindOrderByRoundNoDesc(complaintId, ComplaintDeadline.INITIAL_RESPONSE)
        .orElseThrow().getId());
    for (String name : List.of("initiator", "complaintId")) {
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates()
          .list()).as(name).filteredOn(d -> name.equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
              .getVariableName())).hasSize(1);
    }

    Rest.Response read = as("huangfang").get("/api/complaints/" + number);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("deadlines").get(0).path("name").asText()).isEqualTo("首次响应时限");
    assertThat(read.json().path("journal").get(0).path("kind").asText()).isEqualTo("RECEIVED");
    assertThat(as("lina").get("/api/complaints/" + number).status()).as("the customer's owner").isEqualTo(200);
    assertThat(as("zhaomin").get("/api/complaints/" + number).status()).as("an executor").isEqualTo(404);
  }

  @Test
  @Verifies("P2.1")
  void theCustomersFilesAreListedByNameTypeAndSizeInTheViewAndTheTaskHeader() {
    Map<String, Object> body = with(b -> b.put("attachments", List.of(
        Map.of("fileName", "发货单.pdf", "contentType", "application/pdf", "contentBase64", "JVBERi0xLjQKJQ=="),
        Map.of("fileName", "聊天截图.png", "contentType", "image/png", "contentBase64", "iVBORw0KGgo="))));
    Rest.Response r = as("huangfang").post("/api/complaints", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String number = r.json().path("complaintNumber").asText();

    Rest.Response read = as("huangfang").get("/api/complaints/" + number);
    assertThat(read.status()).isEqualTo(200);
    var files = read.json().path("attachments");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).path("fileName").asText()).isEqualTo("发货单.pdf");
    assertThat(files.get(0).path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(files.get(0).path("sizeBytes").asInt()).isEqualTo(10);
    assertThat(files.get(1).path("fileName").asText()).isEqualTo("聊天截图.png");
    assertThat(files.get(1).path("sizeBytes").asInt()).isEqualTo(8);
    assertThat(files.get(0).has("content") || files.get(0).has("contentBase64")).as("no contents in the view")
        .isFalse();

    var task = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    String header = (String) taskService.getVariableLocal(task.getId(), "context");
    assertThat(header).contains("附件：发货单.pdf（10 字节） 聊天截图.png（8 字节）");
    // written in the intake's transaction from what it had just written (no queries); read back from the database
    // afterwards it is the same text: files, deadline and journal complete and in order
    assertThat(header).contains("首次响应时限").contains("受理，承诺于")
        .isEqualTo(complaintContext.summary(r.json().path("complaintId").asLong()));
  }

  @Test
  @Verifies("P2.1")
  void everyBadInputIsRefusedNamingTheFieldAndNothingIsStored() {
    String big = "投".repeat(4001);
    String oneMegPlus = Base64.getEncoder().encodeToString(new byte[1024 * 1024 + 1]);
    Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
    cases.put("customerId", with(b -> b.put("customerId", 987654321L)));
    cases.put("content", with(b -> b.put("content", "   ")));
    cases.put("channel", with(b -> b.put("channel", "fax")));
    cases.put("severity", with(b -> b.put("severity", "urgent")));
    cases.put("category", with(b -> b.remove("category")));
    cases.put("contactPreference", with(b -> b.put("contactPreference", "pigeon")));
    cases.put("content ", with(b -> b.put("content", big)));
    cases.put("contactName", with(b -> b.put("contactName", "名".repeat(101))));
    cases.put("contactEmail", with(b -> b.put("contactEmail", "not-an-address")));
    cases.put("contactEmail ", with(b -> b.remove("contactEmail")));
    cases.put("attachments", with(b -> b.put("attachments", java.util.Collections.nCopies(6,
        Map.of("fileName", "a.txt", "contentType", "text/plain", "contentBase64", "YQ==")))));
    cases.put("attachments[0].contentBase64", with(b -> b.put("attachments",
        List.of(Map.of("fileName", "a.txt", "contentType", "text/plain", "contentBase64", "%%%")))));
    cases.put("attachments[0].content", with(b -> b.put("attachments",
        List.of(Map.of("fileName", "big.bin", "contentType", "application/octet-stream", "contentBase64", oneMegPlus)))));

    long complaintsBefore = complaints.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling").count();
    cases.forEach((field, body) -> {
      Rest.Response r = as("huangfang").post("/api/complaints", body);
      assertThat(r.status()).as(field + ": " + r.body()).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().path("fields").toString()).as(field).contains("\"" + field.trim() + "\"");
      assertThat(r.json().path("detail").asText()).as(field).isNotBlank();
    });
    assertThat(complaints.count()).isEqualTo(complaintsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling").count())
        .isEqualTo(instancesBefore);
  }

  @Test
  @Verifies("P2.1")
  void aRetryWithTheSameIdempotencyKeyGetsTheSameComplaint() {
    String key = UUID.randomUUID().toString();
    Rest.Response first = as("huangfang").post("/api/complaints", complaint(), Map.of("Idempotency-Key", key));
    Rest.Response retry = as("huangfang").post("/api/complaints", complaint(), Map.of("Idempotency-Key", key));
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().path("complaintNumber").asText()).isEqualTo(first.json().path("complaintNumber").asText());
    assertThat(retry.json().path("promisedResponseBy")).isEqualTo(first.json().path("promisedResponseBy"));
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(first.json().path("complaintNumber").asText()).count()).isEqualTo(1);

    Rest.Response other = as("huangfang").post("/api/complaints",
        with(b -> b.put("content", "另一件事")), Map.of("Idempotency-Key", key));
    assertThat(other.status()).as("same key, different complaint").isEqualTo(409);
    assertThat(other.json().path("detail").asText()).contains(first.json().path("complaintNumber").asText());
  }

  @Test
  @Verifies("P2.1")
  void twoRacingRequestsWithOneKeyCreateOneComplaint() throws Exception {
    String key = UUID.randomUUID().toString();
    long before = complaints.count();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Rest.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(() -> as("huangfang").post("/api/complaints", complaint(), Map.of("Idempotency-Key", key)));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<Rest.Response> f : pool.invokeAll(calls)) {
        Rest.Response r = f.get();
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        numbers.add(r.json().path("complaintNumber").asText());
      }
      assertThat(numbers).containsOnly(numbers.get(0));
    } finally {
      pool.shutdown();
    }
    assertThat(complaints.count()).isEqualTo(before + 1);
  }

  @Test
  @Verifies("X.2")
  void onlyStaffWhoReceiveComplaintsMayRecordThemAndAnonymousIsAsked() {
    long before = complaints.count();
    assertThat(Rest.anonymous(port).post("/api/complaints", complaint()).status()).isEqualTo(401);
    Rest.Response executor = as("zhaomin").post("/api/complaints", complaint());
    assertThat(executor.status()).as(executor.body()).isEqualTo(403);
    assertThat(executor.json().path("detail").asText()).contains("无权受理客户投诉");
    // the customer is looked up before the engine checks the permission: without it, a customer that does not
    // exist gets the same answer as one that does, so the refusal tells nothing about customers
    Rest.Response probe = as("zhaomin").post("/api/complaints", with(b -> b.put("customerId", 987_654_321L)));
    assertThat(probe.status()).as(probe.body()).isEqualTo(403);
    assertThat(probe.json().path("detail").asText()).isEqualTo(executor.json().path("detail").asText());
    assertThat(probe.json().has("fields")).isFalse();
    Rest.Response unknown = as("huangfang").post("/api/complaints", with(b -> b.put("customerId", 987_654_321L)));
    assertThat(unknown.status()).as("who may record complaints is told what is wrong").isEqualTo(400);
    assertThat(unknown.body()).contains("customerId").contains("不存在");
    assertThat(complaints.count()).isEqualTo(before);
    assertThat(as("zhangwei").post("/api/complaints", complaint()).status()).as("account manager").isEqualTo(201);
  }
}
