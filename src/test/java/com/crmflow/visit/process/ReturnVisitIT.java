package com.crmflow.visit.process;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Return visits on PostgreSQL as the real users of the demo organisation: crm-dept starts a cycle, the owner
 * records the visit through the Camunda REST API (issues and a complaint), the department works its improvement
 * task, the complaint runs in complaint-handling; who may see what in {@code /api/visits} and in the engine.
 */
@IntegrationTest
class ReturnVisitIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ManagementService managementService;

  Long customerId;

  @BeforeEach
  void customer() {
    Customer c = new Customer();
    c.setName("回访集成测试客户" + UUID.randomUUID());
    c.setOwner("zhangwei");
    c.setGrade("A");
    // in the archive for two years: the quarter has long come round, the visit is due today
    c.setCreatedAt(Instant.now().minus(Duration.ofDays(730)));
    customerId = customers.save(c).getId();
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  @Test
  @Verifies({"P4.2", "P4.3"})
  void theOwnerRecordsAVisitWhoseIssueGoesToItsDepartmentAndWhoseComplaintIsHandled() {
    Rest.Response started = as("wuxia").post("/api/visits/cycles?customerId=" + customerId, Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String number = started.json().path("visitNumbers").get(0).asText();
    assertThat(number).matches("VIS-\\d{4}-\\d{6}");
    Rest.Response again = as("wuxia").post("/api/visits/cycles?customerId=" + customerId, Map.of());
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().path("detail").asText()).contains(number);

    JsonNode visits = as("zhangwei").get("/api/visits?customerId=" + customerId).json();
    assertThat(visits).hasSize(1);
    assertThat(visits.get(0).path("status").asText()).isEqualTo("PLANNED");
    assertThat(visits.get(0).path("dueDate").asText()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());

    // the due date has come (the job executor is off in the integration tests)
    String instanceId = visits.get(0).path("processInstanceId").asText();
    Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
    managementService.executeJob(timer.getId());

    JsonNode tasks = as("zhangwei").get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
    assertThat(tasks).hasSize(1);
    JsonNode task = tasks.get(0);
    assertThat(task.path("name").asText()).isEqualTo("客户定期回访");
    assertThat(task.path("assignee").asText()).isEqualTo("zhangwei");
    assertThat(as("lina").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
    // what Tasklist loads for the Camunda Form (Json variables serialized)
    Rest.Response form = as("zhangwei").get("/engine-rest/task/" + task.path("id").asText()
        + "/form-variables?deserializeValues=false");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.json().path("context").path("value").asText()).contains(number).contains("A（重要战略客户）");
    assertThat(form.json().path("departmentOptions").path("value").asText()).contains("\"value\":\"技术部\"");

    Rest.Response badDepartment = as("zhangwei").post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
        visit("[{\"department\":\"宣传部\",\"issue\":\"宣传册过时\"}]"));
    assertThat(badDepartment.status()).isEqualTo(400);
    assertThat(badDepartment.json().path("message").asText()).contains("宣传部");

    Rest.Response done = as("zhangwei").post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
        visit("[{\"department\":\"技术部\",\"issue\":\"接口文档缺少错误码说明\"}]"));
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    // the department's improvement task: for dept-tech (chengang), not for other staff
    assertThat(as("lina").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
    JsonNode improvement = as("chengang").get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
    assertThat(improvement).hasSize(1);
    assertThat(improvement.get(0).path("name").asText()).isEqualTo("落实改进事项");
    Rest.Response improved = as("chengang").post("/engine-rest/task/" + improvement.get(0).path("id").asText()
        + "/complete", vars("improvementOutcome", "PLANNED", "improvementResult", "下个版本补充错误码文档"));
    assertThat(improved.status()).as(improved.body()).isEqualTo(204);

    JsonNode visit = as("zhangwei").get("/api/visits/" + number).json();
    assertThat(visit.path("status").asText()).isEqualTo("DONE");
    assertThat(visit.path("satisfaction").asInt()).isEqualTo(3);
    assertThat(visit.path("improvements").get(0).path("status").asText()).isEqualTo("PLANNED");
    assertThat(visit.path("improvements").get(0).path("handledBy").asText()).isEqualTo("chengang");
    String complaintNumber = visit.path("complaintNumber").asText();
    assertThat(complaintNumber).matches("CMP-\\d{4}-\\d{6}");
    JsonNode complaint = as("zhangwei").get("/api/complaints/" + complaintNumber).json();
    assertThat(complaint.path("customerId").asLong()).isEqualTo(customerId);
    assertThat(complaint.path("content").asText()).isEqualTo("维护响应太慢，报修两天无人上门");
    assertThat(as("huangfang").get("/engine-rest/task?processInstanceBusinessKey=" + complaintNumber).json())
        .extracting(t -> t.path("taskDefinitionKey").asText()).containsExactly("Task_AssessComplaint");

    // the next cycle is planned
    JsonNode all = as("wuxia").get("/api/visits?customerId=" + customerId).json();
    assertThat(all).hasSize(2);
    assertThat(all.get(0).path("status").asText()).isEqualTo("PLANNED");
    assertThat(LocalDate.parse(all.get(0).path("dueDate").asText()))
        .isEqualTo(LocalDate.parse(visit.path("visitDate").asText()).plusMonths(3));
  }

  @Test
  @Verifies({"P4.4", "X.2"})
  void visitsAreShownToTheOwnerAndOverseersOnlyAndCyclesAreStartedByCrmDept() {
    Rest anonymous = Rest.anonymous(port);
    assertThat(anonymous.get("/api/visits/overdue").status()).isEqualTo(401);
    assertThat(anonymous.post("/api/visits/cycles", Map.of()).status()).isEqualTo(401);

    Rest.Response refused = as("zhangwei").post("/api/visits/cycles", Map.of());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(as("zhangwei").get("/api/visits/overdue").status()).isEqualTo(403);

    Rest.Response sweep = as("wuxia").post("/api/visits/cycles", Map.of());
    assertThat(sweep.status()).as(sweep.body()).isEqualTo(200);
    assertThat(sweep.json().path("started").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(as("wuxia").post("/api/visits/cycles", Map.of()).json().path("started").asInt()).isZero();

    assertThat(as("zhangwei").get("/api/visits?customerId=" + customerId).json()).hasSize(1);
    assertThat(as("maliang").get("/api/visits?customerId=" + customerId).status()).isEqualTo(200);
    assertThat(as("zhengkai").get("/api/visits?customerId=" + customerId).status()).isEqualTo(200);
    Rest.Response other = as("lina").get("/api/visits?customerId=" + customerId);
    assertThat(other.status()).isEqualTo(404);
    String number = as("wuxia").get("/api/visits?customerId=" + customerId).json().get(0).path("visitNumber").asText();
    assertThat(as("lina").get("/api/visits/" + number).status()).isEqualTo(404);
    assertThat(as("zhangwei").get("/api/visits/" + number).json().path("journal").get(0).path("kind").asText())
        .isEqualTo("PLANNED");
    assertThat(as("wuxia").get("/api/visits/overdue").status()).isEqualTo(200);

    // Cockpit / engine: crm-dept watches the instances, account managers see none; nobody starts it in Tasklist
    JsonNode watched = as("wuxia").get("/engine-rest/process-instance?processDefinitionKey=return-visit").json();
    assertThat(StreamSupport.stream(watched.spliterator(), false).map(i -> i.path("businessKey").asText()))
        .contains(number);
    assertThat(as("zhangwei").get("/engine-rest/process-instance?processDefinitionKey=return-visit").json()).isEmpty();
    assertThat(as("wuxia").get("/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true")
        .json()).extracting(d -> d.path("key").asText()).doesNotContain("return-visit");
  }

  private static Map<String, Object> visit(String issues) {
    return vars("way", "on-site", "visitDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
        "projectProgress", "设备已安装调试完毕", "satisfaction", 3, "opinions", "希望缩短维修响应时间",
        "issuesRaised", true, "issues", json(issues), "complaintRaised", true,
        "complaintContent", "维护响应太慢，报修两天无人上门", "complaintCategory", "service-attitude",
        "complaintSeverity", "medium");
  }
}
