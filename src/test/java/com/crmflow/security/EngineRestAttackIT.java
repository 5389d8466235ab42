package com.crmflow.security;

import static com.crmflow.security.EngineFixtures.json;
import static com.crmflow.security.EngineFixtures.variableMap;
import static com.crmflow.security.EngineFixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.ArchiveCustomers;
import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an insider might try against Camunda's REST API (issue 8, points 1, 2, 4, 10), each followed by a check that
 * nothing changed: the same complaint and project data, the task still open, the process where it was.
 *
 * <ol>
 *   <li>Start a complaint process at 结案 (Task_CloseComplaint) for an existing complaint; start with
 *       skipCustomListeners; start with {@code initiator=huangfang}.</li>
 *   <li>Submit the assessment form with an extra {@code complaintId} pointing at another complaint; complete a
 *       project task with {@code projectLead}/{@code accountManager}.</li>
 *   <li>Set, change or delete variables directly on the task, the execution, the process instance.</li>
 *   <li>Modify, restart, migrate the instance; correlate a message or send a signal with variables.</li>
 *   <li>Send an {@code Object} value naming {@code com.crmflow.customer.domain.Customer}.</li>
 *   <li>Send NUL or a lone surrogate; an oversized list.</li>
 * </ol>
 * And what administrators still may do (Cockpit repairs), while their form submissions are validated too.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineRestAttackIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;

  EngineFixtures engine;
  Long customerId;

  @BeforeEach
  void setUp() {
    engine = new EngineFixtures(port, customers);
    Customer c = new Customer();
    c.setName("流程完整性测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  Rest as(String user) {
    return engine.as(user);
  }

  /** A complaint recorded through /api by huangfang: its number; its process waits at Task_AssessComplaint. */
  String complaint(String content) {
    Map<String, Object> body = new HashMap<>(intake());
    body.put("content", content);
    Rest.Response r = as("huangfang").post("/api/complaints", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("complaintNumber").asText();
  }

  Map<String, Object> intake() {
    Map<String, Object> v = new HashMap<>();
    v.put("customerId", customerId);
    v.put("channel", "phone");
    v.put("content", "发货延迟");
    v.put("category", "delivery");
    v.put("severity", "medium");
    v.put("contactPreference", "phone");
    v.put("contactName", "王女士");
    v.put("contactPhone", "13800000000");
    return v;
  }

  String instanceOf(String complaintNumber) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintNumber).singleResult()
        .getId();
  }

  Complaint stored(String number) {
    return complaints.findByComplaintNumber(number).orElseThrow();
  }

  long complaintInstances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaint-handling").count();
  }

  List<String> activities(String instance) {
    return runtimeService.getActiveActivityIds(instance);
  }

  /** The refusal: a client error (never 5xx) with a Chinese message that contains each of {@code names}. */
  static void refused(Rest.Response r, int status, String... names) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    String message = r.json().path("message").asText();
    assertThat(message).as(r.body()).containsPattern("\\p{IsHan}");
    for (String name : names) {
      assertThat(message).as(r.body()).contains(name);
    }
  }

  /** The assessment task of a fresh complaint, claimed by huangfang. */
  String claimedAssessment(String number) {
    String task = engine.taskId("huangfang", instanceOf(number), "Task_AssessComplaint");
    engine.claim("huangfang", task);
    return task;
  }

  // --- 1. Starts ---

  @Test
  void startingAtTheClosingStepOfAnExistingComplaintIsRefused() {
    String number = complaint("客户投诉：货物破损");
    Complaint before = stored(number);
    long instances = complaintInstances();

    Map<String, Object> body = new HashMap<>(vars("complaintId", before.getId()));
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseComplaint")));
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start", body), 403,
        "camunda-admin");
    body.put("startInstructions", List.of(Map.of("type", "startAfterActivity", "activityId", "Task_RegisterComplaint")));
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start", body), 403,
        "camunda-admin");

    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AssessComplaint")));
    body.put("skipCustomListeners", true);
    body.put("skipIoMappings", true);
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start", body), 403,
        "camunda-admin");

    // skip flags without start instructions: Camunda refuses them outside any command (was a 500), for everybody
    body.remove("startInstructions");
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start", body), 400,
        "skipCustomListeners");
    refused(as("admin").post("/engine-rest/process-definition/key/complaint-handling/start", body), 400,
        "skipCustomListeners");

    assertThat(stored(number).getStatus()).isEqualTo(before.getStatus()).isNotEqualTo("CLOSED");
    assertThat(complaintInstances()).as("no process instance was started").isEqualTo(instances);
  }

  @Test
  void aPlainStartIsValidatedLikeTheStartFormAndCannotChooseTheInitiator() {
    long instances = complaintInstances();
    long stored = complaints.count();
    Map<String, Object> withInitiator = new HashMap<>(intake());
    withInitiator.put("initiator", "huangfang");
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start",
        Map.of("variables", variableMap(flatten(withInitiator)))), 400, "initiator");
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/submit-form",
        Map.of("variables", variableMap(flatten(withInitiator)))), 400, "initiator");

    Map<String, Object> missing = new HashMap<>(intake());
    missing.remove("content");
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start",
        Map.of("variables", variableMap(flatten(missing)))), 400, "content");
    Map<String, Object> textId = new HashMap<>(intake());
    textId.put("customerId", "abc");
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start",
        Map.of("variables", variableMap(flatten(textId)))), 400, "customerId");
    Map<String, Object> fractionId = new HashMap<>(intake());
    fractionId.put("customerId", customerId + 0.5);
    refused(as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start",
        Map.of("variables", variableMap(flatten(fractionId)))), 400, "customerId");

    assertThat(complaintInstances()).isEqualTo(instances);
    assertThat(complaints.count()).as("no complaint stored").isEqualTo(stored);

    // the start form's own values through /start are what the start form allows: the complaint is zhangwei's
    Rest.Response ok = as("zhangwei").post("/engine-rest/process-definition/key/complaint-handling/start",
        Map.of("variables", variableMap(flatten(intake()))));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    String number = runtimeService.createProcessInstanceQuery().processInstanceId(ok.json().path("id").asText())
        .singleResult().getBusinessKey();
    assertThat(stored(number).getCreatedBy()).isEqualTo("zhangwei");
  }

  // --- 2. Variables from outside ---

  @Test
  void whoMayNotWorkATaskLearnsNothingAboutItsForm() {
    // the engine checks TASK_WORK before any refusal of the values, and the command itself checks accepted values
    // (FormValidationInterceptor no longer checks them twice): an outsider gets 403 either way, nothing changes
    String task = engine.taskId("huangfang", instanceOf(complaint("客户投诉：外人提交评估")), "Task_AssessComplaint");
    Map<String, Object> invalid = vars("category", "不存在的类别", "severity", "high", "assessmentNote", "外人",
        "complaintId", 1L);
    Map<String, Object> valid = vars("category", "product-quality", "severity", "high", "assessmentNote", "外人");
    for (String path : List.of("/submit-form", "/complete")) {
      for (Map<String, Object> values : List.of(invalid, valid)) {
        Rest.Response r = as("zhaomin").post("/engine-rest/task/" + task + path, values);
        assertThat(r.status()).as(path + " " + values + ": " + r.body()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("category").doesNotContain("complaintId").doesNotContain("不存在的类别");
      }
    }
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("task still open").isEqualTo(1);
    assertThat(taskService.getVariable(task, "assessmentNote")).isNull();
  }

  @Test
  void anAssessmentCannotCarryTheIdOfAnotherComplaint() {
    String mine = complaint("客户投诉：包装破损");
    String other = complaint("另一位客户的投诉：账单错误");
    Complaint otherBefore = stored(other);
    String task = claimedAssessment(mine);
    Long myComplaintId = (Long) ((Number) runtimeService.getVariable(instanceOf(mine), "complaintId")).longValue();

    Map<String, Object> values = vars("category", "product-quality", "severity", "high", "assessmentNote", "已核实",
        "complaintId", otherBefore.getId());
    refused(as("huangfang").post("/engine-rest/task/" + task + "/submit-form", values), 400, "complaintId");
    refused(as("huangfang").post("/engine-rest/task/" + task + "/complete", values), 400, "complaintId");
    refused(as("huangfang").post("/engine-rest/task/" + task + "/resolve", values), 400, "complaintId");

    assertThat(taskService.createTaskQuery().taskId(task).count()).as("task still open").isEqualTo(1);
    assertThat(((Number) runtimeService.getVariable(instanceOf(mine), "complaintId")).longValue())
        .isEqualTo(myComplaintId);
    Complaint otherAfter = stored(other);
    assertThat(otherAfter.getCategory()).isEqualTo(otherBefore.getCategory());
    assertThat(otherAfter.getSeverity()).isEqualTo(otherBefore.getSeverity());
    assertThat(otherAfter.getStatus()).isEqualTo(otherBefore.getStatus());
  }

  @Test
  void tasklistsOwnEngineApiAppliesTheSameRules() {
    String mine = complaint("客户投诉：通过 Tasklist 提交");
    String task = claimedAssessment(mine);
    Object complaintId = runtimeService.getVariable(instanceOf(mine), "complaintId");
    var tasklist = engine.new WebappSession("huangfang");

    var extra = tasklist.post("/task/" + task + "/submit-form", vars("category", "billing", "severity", "low",
        "complaintId", 1));
    assertThat(extra.getKey()).as(extra.getValue().toString()).isEqualTo(400);
    assertThat(extra.getValue().path("message").asText()).contains("complaintId");
    var instructions = tasklist.post("/process-definition/key/complaint-handling/start", Map.of("startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseComplaint"))));
    assertThat(instructions.getKey()).as(instructions.getValue().toString()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instanceOf(mine), "complaintId")).isEqualTo(complaintId);

    var done = tasklist.post("/task/" + task + "/submit-form", vars("category", "billing", "severity", "low",
        "assessmentNote", "已核实"));
    assertThat(done.getKey()).as(done.getValue().toString()).isEqualTo(204);
  }

  @Test
  void variablesCannotBeSetOrDeletedDirectlyOnTaskExecutionOrInstance() {
    String number = complaint("客户投诉：安装延误");
    String instance = instanceOf(number);
    String task = claimedAssessment(number);
    Object complaintId = runtimeService.getVariable(instance, "complaintId");
    Map<String, Object> other = Map.of("value", 1, "type", "Long");

    refused(as("huangfang").put("/engine-rest/task/" + task + "/variables/complaintId", other), 400, "complaintId");
    refused(as("huangfang").put("/engine-rest/task/" + task + "/localVariables/complaintId", other), 400,
        "complaintId");
    refused(as("huangfang").post("/engine-rest/task/" + task + "/variables",
        Map.of("modifications", Map.of("complaintId", other))), 400, "complaintId");
    assertThat(engine.delete("huangfang", "/engine-rest/task/" + task + "/variables/complaintId")).isEqualTo(400);
    refused(as("huangfang").put("/engine-rest/process-instance/" + instance + "/variables/complaintId", other),
        400, "complaintId");
    refused(as("huangfang").post("/engine-rest/process-instance/" + instance + "/variables",
        Map.of("modifications", Map.of("initiator", Map.of("value", "zhangwei")))), 400, "initiator");
    refused(as("huangfang").put("/engine-rest/execution/" + instance + "/localVariables/complaintId", other),
        400, "complaintId");
    assertThat(engine.delete("huangfang", "/engine-rest/process-instance/" + instance + "/variables/complaintId"))
        .isEqualTo(400);

    assertThat(runtimeService.getVariable(instance, "complaintId")).isEqualTo(complaintId);
    assertThat(runtimeService.getVariable(instance, "initiator")).isNotEqualTo("zhangwei");
    assertThat(taskService.getVariablesLocal(task)).doesNotContainKey("complaintId");
  }

  @Test
  void anExecutorCannotMakeHimselfLeadOrAccountManagerOfTheProject() {
    String instance = engine.projectInExecution("完整性测试物流" + UUID.randomUUID());
    String task = engine.taskId("zhaomin", instance, "Task_ExecuteProjectTask");
    Object lead = runtimeService.getVariable(instance, "projectLead");
    Object manager = runtimeService.getVariable(instance, "accountManager");

    refused(as("zhaomin").post("/engine-rest/task/" + task + "/submit-form", vars("problemReported", false,
        "taskResult", "调研完成", "projectLead", "zhaomin")), 400, "projectLead");
    refused(as("zhaomin").post("/engine-rest/task/" + task + "/complete", vars("problemReported", false,
        "taskResult", "调研完成", "accountManager", "zhaomin")), 400, "accountManager");

    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance, "projectLead")).isEqualTo(lead).isEqualTo("wangqiang");
    assertThat(runtimeService.getVariable(instance, "accountManager")).isEqualTo(manager).isEqualTo("zhangwei");
  }

  @Test
  void aColleagueInTheCandidateGroupCannotWorkATaskAssignedToTheOwner() {
    // the meeting task is zhangwei's (assignee) and not offered to the other account managers
    Rest.Response started = as("zhangwei").post("/engine-rest/process-definition/key/customer-project/submit-form",
        vars("customerId",
            ArchiveCustomers.id(customers, "完整性测试协作" + UUID.randomUUID(), "zhangwei"), "title", "售后系统改造", "details", "改造售后工单流程",
            "complexity", "complex"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    String task = engine.taskId("zhangwei", instance, "Task_HoldRequirementMeeting");
    assertThat(engine.tasks("lina", instance, "Task_HoldRequirementMeeting")).as("not offered to the group").isEmpty();
    Rest.Response notHers = as("lina").post("/engine-rest/task/" + task + "/complete", vars("minutes", "x"));
    assertThat(notHers.status()).as(notHers.body()).isEqualTo(403);
    // Models may offer an assigned task to a group as well (e.g. 客户满意度调查: the owner, and crm-dept): Camunda then
    // gives the whole group TASK_WORK. An administrator adds such a candidate group here.
    Rest.Response offered = as("admin").post("/engine-rest/task/" + task + "/identity-links",
        Map.of("groupId", "account-manager", "type", "candidate"));
    assertThat(offered.status()).as(offered.body()).isEqualTo(204);
    Map<String, Object> meeting = Map.of("meetingTime", "2026-12-01 10:00", "participants", "技术部",
        "minutes", "lina 代填的会议纪要");

    refused(as("lina").post("/engine-rest/task/" + task + "/submit-form", vars(flatten(meeting))), 403,
        "已分配给 zhangwei");
    refused(as("lina").post("/engine-rest/task/" + task + "/complete", vars(flatten(meeting))), 403,
        "已分配给 zhangwei");
    refused(as("lina").put("/engine-rest/task/" + task + "/variables/minutes",
        Map.of("value", "lina 改写", "type", "String")), 403, "已分配给 zhangwei");
    assertThat(as("lina").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "lina")).status())
        .as("claiming a colleague's task").isIn(403, 409);

    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("zhangwei");
    assertThat(runtimeService.getActiveActivityIds(instance)).containsExactly("Task_HoldRequirementMeeting");
    assertThat(taskService.getVariable(task, "minutes")).isNull();

    engine.complete("zhangwei", instance, "Task_HoldRequirementMeeting", vars(flatten(meeting)));
    assertThat(runtimeService.getActiveActivityIds(instance)).containsExactly("Task_SignRequirementRecord");
  }

  // --- 1. Modification, restart, migration, messages, signals, jobs ---

  @Test
  void modificationRestartMigrationMessagesSignalsAndJobsAreForAdministratorsOnly() {
    String number = complaint("客户投诉：售后无人响应");
    String instance = instanceOf(number);
    String definition = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
    List<String> activities = activities(instance);
    Complaint before = stored(number);

    refused(as("yangjun").post("/engine-rest/process-instance/" + instance + "/modification", Map.of("instructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseComplaint")))), 403, "camunda-admin");
    refused(as("yangjun").post("/engine-rest/process-instance/" + instance + "/modification-async", Map.of(
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseComplaint")))), 403,
        "camunda-admin");
    refused(as("yangjun").post("/engine-rest/process-definition/" + definition + "/restart", Map.of(
        "processInstanceIds", List.of(instance),
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CloseComplaint")))), 403,
        "camunda-admin");
    Map<String, Object> plan = Map.of("sourceProcessDefinitionId", definition, "targetProcessDefinitionId",
        definition, "instructions", List.of());
    refused(as("yangjun").post("/engine-rest/migration/execute", Map.of("migrationPlan", plan,
        "processInstanceIds", List.of(instance))), 403, "camunda-admin");
    refused(as("yangjun").post("/engine-rest/migration/executeAsync", Map.of("migrationPlan", plan,
        "processInstanceIds", List.of(instance))), 403, "camunda-admin");
    refused(as("zhangwei").post("/engine-rest/message", Map.of("messageName", "CustomerOpinionReceived",
        "all", true, "processVariables", variableMap("projectLead", "zhangwei"))), 403, "camunda-admin");
    refused(as("zhangwei").post("/engine-rest/message", Map.of("messageName", "CustomerGradingPeriodic",
        "processVariables", variableMap("runId", 1))), 403, "camunda-admin");
    refused(as("zhangwei").post("/engine-rest/signal", Map.of("name", "anything",
        "variables", variableMap("complaintId", before.getId()))), 403, "camunda-admin");
    refused(as("yangjun").post("/engine-rest/process-instance/variables-async", Map.of("processInstanceIds", List.of(instance),
        "variables", variableMap("complaintId", 1))), 403, "camunda-admin");
    String job = as("admin").get("/engine-rest/job?processInstanceId=" + instance).json().get(0).path("id").asText();
    refused(as("yangjun").post("/engine-rest/job/" + job + "/execute", Map.of()), 403, "camunda-admin");
    refused(as("yangjun").put("/engine-rest/job/" + job + "/duedate", Map.of("duedate", "2020-01-01T00:00:00.000+0000")),
        403, "camunda-admin");

    assertThat(activities(instance)).containsExactlyInAnyOrderElementsOf(activities);
    assertThat(stored(number).getStatus()).isEqualTo(before.getStatus());
    assertThat(as("admin").get("/engine-rest/job/" + job).json().path("dueDate").asText()).doesNotStartWith("2020");
  }

  // --- 4. Object values ---

  @Test
  void objectValuesAreRefusedAndNeverBuilt() {
    String number = complaint("客户投诉：质量问题");
    String task = claimedAssessment(number);
    Map<String, Object> customerObject = Map.of("type", "Object",
        "value", "{\"id\":" + customerId + ",\"name\":\"伪造\",\"owner\":\"huangfang\"}",
        "valueInfo", Map.of("objectTypeName", "com.crmflow.customer.domain.Customer",
            "serializationDataFormat", "application/json"));
    Map<String, Object> form = new HashMap<>(variableMap("category", "product-quality", "severity", "high"));
    form.put("assessmentNote", customerObject);
    refused(as("huangfang").post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", form)), 400,
        "assessmentNote", "Object");
    refused(as("admin").post("/engine-rest/process-instance/" + instanceOf(number) + "/variables",
        Map.of("modifications", Map.of("note", customerObject))), 400, "note", "Object");

    Map<String, Object> javaSerialized = Map.of("type", "Object", "value", "rO0ABXQAA2FiYw==",
        "valueInfo", Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object"));
    form.put("assessmentNote", javaSerialized);
    Rest.Response r = as("huangfang").post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", form));
    assertThat(r.status()).as(r.body()).isEqualTo(400);

    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instanceOf(number), "note")).isNull();
    assertThat(customers.findById(customerId).orElseThrow().getOwner()).isEqualTo("lina");
  }

  // --- 10. Bad input ---

  @Test
  void nulAndLoneSurrogatesAreRefusedNamingTheField() {
    String number = complaint("客户投诉：发票错误");
    String task = claimedAssessment(number);
    for (String escaped : List.of("\\u0000", "\\ud800")) {
      String body = "{\"variables\":{\"category\":{\"value\":\"billing\"},\"severity\":{\"value\":\"low\"},"
          + "\"assessmentNote\":{\"value\":\"核实" + escaped + "完毕\"}}}";
      refused(as("huangfang").post("/engine-rest/task/" + task + "/submit-form", body), 400, "assessmentNote");
      String put = "{\"value\":\"x" + escaped + "\",\"type\":\"String\"}";
      refused(as("admin").put("/engine-rest/process-instance/" + instanceOf(number) + "/variables/note", put), 400,
          "note");
    }
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(stored(number).getCategory()).isEqualTo("delivery");
  }

  @Test
  void anOversizedListIsRefusedAndCreatesNothing() {
    String instance = engine.projectWithSignedRequirement("完整性测试清单" + UUID.randomUUID());
    String task = engine.taskId("wangqiang", instance, "Task_DraftPlan");
    engine.claim("wangqiang", task);
    List<String> reviewers = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      reviewers.add(i % 2 == 0 ? "chengang" : "zhouyan");
    }
    Map<String, Object> plan = vars("planObjectives", "目标", "strategy", "策略", "workSteps", "步骤",
        "resources", "资源", "milestones", json("[]"), "risks", json("[]"),
        "reviewers", json(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
            .addAll(reviewers.stream().map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList())
            .toString()));
    refused(as("wangqiang").post("/engine-rest/task/" + task + "/submit-form", plan), 400, "reviewers", "100");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewPlanByDepartment")
        .count()).isZero();
  }

  @Test
  void aRefusedSubmissionIsNotLoggedAsAnErrorNorWithTheUsersText(CapturedOutput output) {
    String number = complaint("客户投诉：日志测试");
    String task = claimedAssessment(number);
    String marker = "私密内容" + UUID.randomUUID();
    refused(as("huangfang").post("/engine-rest/task/" + task + "/submit-form", vars("category", "billing",
        "severity", marker, "assessmentNote", marker)), 400, "severity");
    refused(as("huangfang").post("/engine-rest/task/" + task + "/submit-form", vars("category", "billing",
        "severity", "low", "assessmentNote", marker, "complaintId", 1)), 400, "complaintId");
    assertThat(output.getAll()).doesNotContain(marker).doesNotContain("FormValidationException")
        .doesNotContain("EngineRequestException");
  }

  // --- what administrators keep ---

  @Test
  void administratorsRepairInstancesButTheirFormSubmissionsAreValidatedToo() {
    String number = complaint("客户投诉：需管理员修复");
    String instance = instanceOf(number);
    Rest.Response put = as("admin").put("/engine-rest/process-instance/" + instance + "/variables/repairNote",
        Map.of("value", "已人工核对", "type", "String"));
    assertThat(put.status()).as(put.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(instance, "repairNote")).isEqualTo("已人工核对");
    assertThat(engine.delete("admin", "/engine-rest/process-instance/" + instance + "/variables/repairNote"))
        .isEqualTo(204);
    assertThat(runtimeService.getVariable(instance, "repairNote")).isNull();

    String task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_AssessComplaint")
        .singleResult().getId();
    refused(as("admin").post("/engine-rest/task/" + task + "/submit-form", vars("category", "billing",
        "severity", "low", "complaintId", 1)), 400, "complaintId");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);

    Rest.Response modified = as("admin").post("/engine-rest/process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_AssessComplaint"),
            Map.of("type", "startBeforeActivity", "activityId", "Task_AssessComplaint"))));
    assertThat(modified.status()).as(modified.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("the old task was replaced").isZero();
    assertThat(activities(instance)).contains("Task_AssessComplaint");
  }

  private static Object[] flatten(Map<String, Object> values) {
    List<Object> kv = new ArrayList<>();
    values.forEach((k, v) -> {
      kv.add(k);
      kv.add(v);
    });
    return kv.toArray();
  }
}
