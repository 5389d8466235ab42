package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an insider might try on Camunda's runtime and history endpoints to read a complaint's texts, per role:
 * a complaint started through its Tasklist start form (the complaint text) and assessed (the assessment note).
 * The texts are readable through {@code /api} by the complaint's handlers — and by nobody, administrators
 * included, through the history endpoints (FreeTextHistoryPlugin); at runtime the process variables are ids and
 * flags, the text shows only in the header of the open task, to that task's users and the overseers. Users who
 * cannot read the complaint through {@code /api} get nothing about its instance from the engine; the overseers who
 * watch complaint-handling in Cockpit still see its ids and flags in the history.
 */
@Verifies("X.2")
@IntegrationTest
class HistoryAccessIT {

  /** May read every complaint through /api and holds READ_HISTORY on complaint-handling (Cockpit). */
  static final List<String> OVERSEERS_WITH_HISTORY = List.of("yangjun", "wuxia", "zhengkai", "maliang");
  /** Cannot read this complaint through /api: another account manager, executor, division leader, project lead. */
  static final List<String> OUTSIDERS = List.of("lina", "zhaomin", "liuyang", "wangqiang");

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired HistoryService historyService;

  String complaintText;
  String assessmentNote;
  String instance;
  String number;

  @BeforeEach
  void complaintStartedAndAssessedThroughTasklist() {
    Customer c = new Customer();
    c.setName("历史权限测试客户" + UUID.randomUUID());
    c.setOwner("zhangwei");
    c.setCreatedAt(Instant.now());
    Long customerId = customers.save(c).getId();
    complaintText = "设备第三次烧毁原文" + UUID.randomUUID();
    assessmentNote = "评估意见内部备注" + UUID.randomUUID();

    Rest.Response started = as("huangfang").post("/engine-rest/process-definition/key/complaint-handling/submit-form",
        vars("customerId", customerId, "channel", "hotline", "content", complaintText, "category", "service-attitude",
            "severity", "medium", "contactPreference", "phone", "contactName", "刘经理", "contactPhone", "13800000000"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    instance = started.json().path("id").asText();
    number = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey();

    String task = as("huangfang").get("/engine-rest/task?processInstanceId=" + instance).json().get(0).path("id").asText();
    assertThat(as("huangfang").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "huangfang")).status())
        .isEqualTo(204);
    Rest.Response assessed = as("huangfang").post("/engine-rest/task/" + task + "/submit-form",
        vars("category", "service-attitude", "severity", "high", "assessmentNote", assessmentNote));
    assertThat(assessed.status()).as(assessed.body()).isEqualTo(204);
  }

  @Test
  void theHandlersReadTheComplaintTextThroughTheApi() {
    for (String handler : List.of("huangfang", "zhangwei", "yangjun", "wuxia")) {
      Rest.Response r = as(handler).get("/api/complaints/" + number);
      assertThat(r.status()).as(handler).isEqualTo(200);
      assertThat(r.json().path("content").asText()).as(handler).isEqualTo(complaintText);
    }
  }

  @Test
  void noRoleReadsTheTextsThroughHistoryEndpoints() {
    List<String> everybody = new ArrayList<>(List.of("huangfang", "zhangwei"));
    everybody.addAll(OVERSEERS_WITH_HISTORY);
    everybody.addAll(OUTSIDERS);
    for (String user : everybody) {
      for (Rest.Response r : historyReads(as(user))) {
        assertThat(r.body()).as(user).doesNotContain(complaintText, assessmentNote, "13800000000", "刘经理");
      }
    }
    for (Rest.Response r : historyReads(Rest.as(port, "admin", "admin"))) {
      assertThat(r.body()).as("admin").doesNotContain(complaintText, assessmentNote, "13800000000", "刘经理");
    }
  }

  @Test
  void atRuntimeTheTextsAreOnlyInTheTaskHeaderOfWhoWorksOnTheComplaint() {
    // the process variables are ids and flags; the open task's header ("context", task-local) shows the complaint
    // to the users of that task (cs-specialist) and to the overseers, who read it through /api anyway
    for (String user : List.of("yangjun", "wuxia", "zhengkai", "maliang", "admin")) {
      Rest rest = "admin".equals(user) ? Rest.as(port, "admin", "admin") : as(user);
      Rest.Response variables = rest.get("/engine-rest/process-instance/" + instance + "/variables");
      assertThat(variables.status()).as(user).isEqualTo(200);
      assertThat(variables.json().has("complaintId")).as(user).isTrue();
      assertThat(variables.body()).as(user).doesNotContain(complaintText, assessmentNote, "13800000000", "刘经理");
    }
    JsonNode task = as("huangfang").get("/engine-rest/task?processInstanceId=" + instance).json().get(0);
    assertThat(as("huangfang").get("/engine-rest/task/" + task.path("id").asText() + "/variables").body())
        .as("the handler's task header").contains(complaintText);
  }

  @Test
  void overseersStillSeeIdsAndFlagsInTheHistoryButNotTheTextVariables() {
    for (String user : OVERSEERS_WITH_HISTORY) {
      JsonNode variables = as(user).get("/engine-rest/history/variable-instance?processInstanceId=" + instance).json();
      List<String> names = new ArrayList<>();
      variables.forEach(v -> names.add(v.path("name").asText()));
      assertThat(names).as(user).contains("complaintId", "complaintNumber", "customerId")
          .doesNotContain("content", "assessmentNote", "contactName", "contactPhone");
      assertThat(as(user).get("/engine-rest/history/detail?processInstanceId=" + instance).json()).as(user)
          .isNotEmpty();
      assertThat(as(user).get("/engine-rest/history/process-instance/" + instance).status()).as(user).isEqualTo(200);
    }
  }

  @Test
  void whoCannotReadTheComplaintThroughTheApiGetsNothingAboutItFromTheEngine() {
    for (String user : OUTSIDERS) {
      Rest rest = as(user);
      assertThat(rest.get("/api/complaints/" + number).status()).as(user).isEqualTo(404);
      for (String list : List.of("/history/detail?processInstanceId=", "/history/variable-instance?processInstanceId=",
          "/history/task?processInstanceId=", "/history/process-instance?processInstanceId=",
          "/history/activity-instance?processInstanceId=", "/variable-instance?processInstanceIdIn=",
          "/task?processInstanceId=", "/execution?processInstanceId=", "/process-instance?processInstanceIds=",
          "/history/user-operation?processInstanceId=")) {
        Rest.Response r = rest.get("/engine-rest" + list + instance);
        assertThat(r.status()).as(user + " " + list).isEqualTo(200);
        assertThat(r.json()).as(user + " " + list).isEmpty();
      }
      // the identity-link log has no processInstanceId filter (Camunda ignores it): ask per task of the complaint
      List<String> taskIds = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list()
          .stream().map(t -> t.getId()).toList();
      assertThat(taskIds).isNotEmpty();
      for (String taskId : taskIds) {
        Rest.Response r = rest.get("/engine-rest/history/identity-link-log?taskId=" + taskId);
        assertThat(r.status()).as(user + " identity-link-log").isEqualTo(200);
        assertThat(r.json()).as(user + " identity-link-log of " + taskId).isEmpty();
      }
      for (String single : List.of("/process-instance/" + instance + "/variables",
          "/history/process-instance/" + instance, "/process-instance/" + instance)) {
        Rest.Response r = rest.get("/engine-rest" + single);
        assertThat(r.status()).as(user + " " + single).isIn(403, 404);
        assertThat(r.body()).doesNotContain(number);
      }
    }
  }

  /** Every history endpoint that returns variable values, form data or operations of the instance. */
  private List<Rest.Response> historyReads(Rest rest) {
    List<Rest.Response> reads = new ArrayList<>();
    for (String path : List.of("/history/detail?processInstanceId=", "/history/variable-instance?processInstanceId=",
        "/history/variable-instance?deserializeValues=false&processInstanceId=",
        "/history/detail?variableUpdates=true&processInstanceId=", "/history/task?processInstanceId=",
        "/history/activity-instance?processInstanceId=", "/history/user-operation?processInstanceId=",
        "/history/incident?processInstanceId=")) {
      reads.add(rest.get("/engine-rest" + path + instance));
    }
    return reads;
  }

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], Map.of("value", keyValues[i + 1]));
    }
    return Map.of("variables", variables);
  }
}
