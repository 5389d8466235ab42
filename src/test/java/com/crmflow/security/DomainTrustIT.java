package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.ArchiveCustomers;
import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintEvent;
import com.crmflow.complaint.domain.ComplaintEventRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.project.domain.Project;
import com.crmflow.project.domain.ProjectRepository;
import com.crmflow.project.domain.ProjectTask;
import com.crmflow.project.domain.ProjectTaskRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
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
 * Issue 8, point 3 — delegates trust no variable — through the real HTTP stack on PostgreSQL. Each attack is made
 * by the administrator through {@code /engine-rest} (so the engine-side guard on who may send what is not what
 * stops it): a process redirected to another instance's complaint, a complaint closed straight from intake, an
 * {@code initiator} naming somebody else, a {@code projectLead} overwritten, an executor's task completed by
 * another. Each is refused, and the records are checked to be unchanged.
 */
@IntegrationTest
class DomainTrustIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintEventRepository events;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTaskRepository projectTasks;

  Long customerId;

  @BeforeEach
  void customer() {
    Customer c = new Customer();
    c.setName("流程完整性测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  Rest admin() {
    return Rest.as(port, "admin", "admin");
  }

  // ---------------------------------------------------------------------------------------------- complaints

  @Test
  void aProcessRedirectedToAnotherInstancesComplaintIsRefusedAtTheNextStepAndThatComplaintIsUnchanged() {
    JsonNode a = newComplaint();
    JsonNode b = newComplaint();
    String instanceA = a.path("processInstanceId").asText();
    long complaintB = b.path("complaintId").asLong();

    Rest.Response put = admin().put("/engine-rest/process-instance/" + instanceA + "/variables/complaintId",
        Map.of("value", complaintB, "type", "Long"));
    assertThat(put.status()).as(put.body()).isEqualTo(204);

    Rest.Response done = completeAs("huangfang", instanceA, "Task_AssessComplaint", vars("category", "delivery",
        "severity", "low", "assessmentNote", "改为低"));
    assertThat(done.status()).as(done.body()).isEqualTo(400);
    assertThat(done.body()).contains(b.path("complaintNumber").asText()).contains("属于另一个流程实例");

    Complaint after = complaints.findById(complaintB).orElseThrow();
    assertThat(after.getStatus()).isEqualTo("RECEIVED");
    assertThat(after.getSeverity()).isEqualTo("high");
    assertThat(events.findByComplaintIdOrderById(complaintB)).extracting(ComplaintEvent::getKind)
        .containsExactly("RECEIVED");
    assertThat(openTasks(instanceA, "Task_AssessComplaint")).hasSize(1);
  }

  @Test
  void startingBeforeTheClosingStepWithAReceivedComplaintIsRefusedAndTheComplaintIsUnchanged() {
    JsonNode c = newComplaint();
    long id = c.path("complaintId").asLong();
    long instances = admin().get("/engine-rest/process-instance/count?processDefinitionKey=complaint-handling").json()
        .path("count").asLong();

    Map<String, Object> start = new LinkedHashMap<>(vars("complaintId", id));
    start.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseComplaint")));
    Rest.Response started = admin().post("/engine-rest/process-definition/key/complaint-handling/start", start);
    assertThat(started.status()).as(started.body()).isGreaterThanOrEqualTo(400);
    assertThat(started.body()).contains(c.path("complaintNumber").asText()).contains("属于另一个流程实例");

    // its own instance moved past investigation, feedback and follow-up
    Rest.Response moved = admin().post("/engine-rest/process-instance/" + c.path("processInstanceId").asText()
        + "/modification", Map.of("instructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseComplaint"))));
    assertThat(moved.status()).as(moved.body()).isGreaterThanOrEqualTo(400);
    assertThat(moved.body()).contains("投诉状态不能从「已受理」变为「已结案」");

    Complaint after = complaints.findById(id).orElseThrow();
    assertThat(after.getStatus()).isEqualTo("RECEIVED");
    assertThat(after.getClosedAt()).isNull();
    assertThat(after.getProcessInstanceId()).isEqualTo(c.path("processInstanceId").asText());
    assertThat(events.findByComplaintIdOrderById(id)).extracting(ComplaintEvent::getKind).containsExactly("RECEIVED");
    assertThat(admin().get("/engine-rest/process-instance/count?processDefinitionKey=complaint-handling").json()
        .path("count").asLong()).isEqualTo(instances);
  }

  @Test
  void theCreatorOfAComplaintIsTheAuthenticatedUserNotTheInitiatorVariable() {
    Map<String, Object> start = vars("customerId", customerId, "channel", "hotline", "content", "热线投诉：发票开错",
        "category", "billing", "severity", "low", "contactPreference", "phone", "initiator", "huangfang");
    Rest.Response started = admin().post("/engine-rest/process-definition/key/complaint-handling/start", start);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String number = admin().get("/engine-rest/process-instance/" + started.json().path("id").asText()).json()
        .path("businessKey").asText();

    Complaint c = complaints.findByComplaintNumber(number).orElseThrow();
    assertThat(c.getCreatedBy()).isEqualTo("admin");
    assertThat(events.findByComplaintIdOrderById(c.getId())).extracting(ComplaintEvent::getActor)
        .containsExactly("admin");
  }

  // ---------------------------------------------------------------------------------------------- projects

  @Test
  void theSelfCheckGoesToTheLeadRecordedOnTheProjectEvenAfterProjectLeadIsOverwritten() {
    String instance = projectInExecution();
    Rest.Response put = admin().put("/engine-rest/process-instance/" + instance + "/variables/projectLead",
        Map.of("value", "zhaomin", "type", "String"));
    assertThat(put.status()).as(put.body()).isEqualTo(204);

    assertThat(completeAs("zhaomin", instance, "Task_ExecuteProjectTask",
        vars("problemReported", false, "taskResult", "调研完成")).status()).isEqualTo(204);

    JsonNode selfCheck = openTasks(instance, "Task_SelfCheck");
    assertThat(selfCheck).hasSize(1);
    assertThat(selfCheck.get(0).path("assignee").asText()).isEqualTo("wangqiang");
    assertThat(as("zhaomin").get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=Task_SelfCheck")
        .json()).as("the executor does not even see the lead's self-check").isEmpty();
  }

  @Test
  void aProjectTaskHandedToAnotherExecutorCannotBeCompletedByHimAndStaysOpen() {
    String instance = projectInExecution();
    String taskId = openTasks(instance, "Task_ExecuteProjectTask").get(0).path("id").asText();
    Rest.Response reassigned = admin().post("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "sunli"));
    assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(204);

    Rest.Response done = as("sunli").post("/engine-rest/task/" + taskId + "/complete",
        vars("problemReported", false, "taskResult", "替人完成"));
    assertThat(done.status()).as(done.body()).isEqualTo(400);
    assertThat(done.body()).contains("zhaomin");
    Rest.Response byAdmin = admin().post("/engine-rest/task/" + taskId + "/complete",
        vars("problemReported", false, "taskResult", "管理员代为完成"));
    assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(400);

    Long projectId = projects.findByProjectNumber(businessKey(instance)).orElseThrow().getId();
    assertThat(projectTasks.findByProjectIdOrderById(projectId)).singleElement().satisfies(t -> {
      assertThat(t.getStatus()).isEqualTo("OPEN");
      assertThat(t.getResult()).isNull();
    });
    assertThat(openTasks(instance, "Task_ExecuteProjectTask")).hasSize(1);
    assertThat(openTasks(instance, "Task_SelfCheck")).isEmpty();
  }

  @Test
  void aStepOnAnotherInstancesProjectIsRefusedAndThatProjectIsUnchanged() {
    String a = startProject();
    String b = startProject();
    Project other = projects.findByProjectNumber(businessKey(b)).orElseThrow();
    Rest.Response put = admin().put("/engine-rest/process-instance/" + a + "/variables/projectId",
        Map.of("value", other.getId(), "type", "Long"));
    assertThat(put.status()).as(put.body()).isEqualTo(204);

    Rest.Response done = completeAs("zhangwei", a, "Task_SignRequirementRecord", signRecord());
    assertThat(done.status()).as(done.body()).isEqualTo(400);
    assertThat(done.body()).contains(other.getProjectNumber()).contains("属于另一个流程实例");

    Project after = projects.findById(other.getId()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo("REQUIREMENT");
    assertThat(after.getProjectLead()).isNull();
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private JsonNode newComplaint() {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("channel", "online-form");
    body.put("content", "订单三天未发货");
    body.put("category", "delivery");
    body.put("severity", "high");
    body.put("contactPreference", "phone");
    Rest.Response r = as("huangfang").post("/api/complaints", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private String startProject() {
    Rest.Response started = as("zhangwei").post("/engine-rest/process-definition/key/customer-project/submit-form",
        vars("customerId",
            ArchiveCustomers.id(customers, "流程完整性测试客户" + UUID.randomUUID(), "zhangwei"), "title", "门店系统升级", "details", "升级收银系统",
            "complexity", "normal"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private static Map<String, Object> signRecord() {
    return vars("recordSummary", "客户确认范围", "relatedDepartments", json("[\"技术部\"]"), "projectLead", "wangqiang",
        "signerName", "客户代表陈总", "recordSigned", true);
  }

  /** A project with one execution task for zhaomin, waiting for it (every step by the user whose job it is). */
  private String projectInExecution() {
    String instance = startProject();
    ok(completeAs("zhangwei", instance, "Task_SignRequirementRecord", signRecord()));
    ok(completeAs("wangqiang", instance, "Task_DraftPlan", vars("planObjectives", "三个月内上线", "strategy", "试点先行",
        "workSteps", "调研、开发、上线", "resources", "开发 2 人",
        "milestones", json("[{\"name\":\"上线\",\"dueDate\":\"" + LocalDate.now().plusDays(60) + "\"}]"),
        "risks", json("[]"), "reviewers", json("[\"chengang\"]"))));
    ok(completeAs("chengang", instance, "Task_ReviewPlanByDepartment", vars("planApproved", true, "reviewComment", "同意")));
    ok(completeAs("liuyang", instance, "Task_ApprovePlanByDivisionLeader", vars("planApproved", true,
        "reviewComment", "批准")));
    ok(completeAs("zhangwei", instance, "Task_ConfirmPlanWithCustomer", vars("customerContact", "陈总",
        "customerConfirmed", true)));
    ok(completeAs("wangqiang", instance, "Task_AssignTasks", vars("tasks", json("[{\"title\":\"需求调研\","
        + "\"executor\":\"zhaomin\",\"requirements\":\"访谈门店\",\"dueDate\":\"" + LocalDate.now().plusDays(30)
        + "\",\"qualityStandard\":\"报告客户签字\"}]"))));
    assertThat(openTasks(instance, "Task_ExecuteProjectTask")).hasSize(1);
    return instance;
  }

  private static void ok(Rest.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  private String businessKey(String instance) {
    return admin().get("/engine-rest/process-instance/" + instance).json().path("businessKey").asText();
  }

  private JsonNode openTasks(String instance, String taskKey) {
    Rest.Response r = admin().get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** The user takes the task (claiming it when it is their group's) and completes it; the response is returned. */
  private Rest.Response completeAs(String user, String instance, String taskKey, Map<String, Object> variables) {
    JsonNode tasks = openTasks(instance, taskKey);
    assertThat(tasks).as(taskKey + " is open").isNotEmpty();
    JsonNode task = tasks.get(0);
    String id = task.path("id").asText();
    if (task.path("assignee").isNull() || task.path("assignee").asText().isEmpty()) {
      Rest.Response claimed = as(user).post("/engine-rest/task/" + id + "/claim", Map.of("userId", user));
      assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    }
    return as(user).post("/engine-rest/task/" + id + "/complete", variables);
  }

  private static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      variables.put((String) keyValues[i], v instanceof JsonVar j ? Map.of("value", j.json(), "type", "Json")
          : v instanceof Long l ? Map.of("value", l, "type", "Long") : Map.of("value", v));
    }
    return Map.of("variables", variables);
  }

  private record JsonVar(String json) {}

  private static JsonVar json(String json) {
    return new JsonVar(json);
  }
}
