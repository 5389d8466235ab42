package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.WebappBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared steps of the engine attack and race tests: Camunda REST calls as the demo users, and a project flow. */
final class EngineFixtures {

  private final int port;
  private final com.crmflow.customer.domain.CustomerRepository customers;

  EngineFixtures(int port, com.crmflow.customer.domain.CustomerRepository customers) {
    this.port = port;
    this.customers = customers;
  }

  Rest as(String user) {
    return Rest.as(port, user, "admin".equals(user) ? "admin" : "demo");
  }

  /** {@code DELETE}, which {@link Rest} does not offer. */
  int delete(String user, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE()
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + ("admin".equals(user) ? "admin" : "demo")).getBytes(StandardCharsets.UTF_8)))
        .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A logged-in session of the Camunda webapps (as Tasklist has one): their engine API {@code /camunda/api/engine}
   * with the session cookie and the CSRF token, which the webapps require on every change.
   */
  final class WebappSession {
    private final WebappBrowser browser = new WebappBrowser();
    private final String base = "http://localhost:" + port + "/camunda";

    WebappSession(String user) {
      HttpResponse<String> login = browser.logIn(base, user, "admin".equals(user) ? "admin" : "demo");
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      return browser.send(request);
    }

    /** POST JSON to the webapps' engine API, e.g. {@code /task/{id}/submit-form}; returns status and body. */
    Map.Entry<Integer, JsonNode> post(String enginePath, Object body) {
      try {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default"
                + enginePath)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        return Map.entry(r.statusCode(), r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** {"variables": {k: {"value": v}}}; a {@link JsonVar} value is sent as Camunda's Json type. */
  static Map<String, Object> vars(Object... keyValues) {
    return Map.of("variables", variableMap(keyValues));
  }

  static Map<String, Object> variableMap(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      variables.put((String) keyValues[i], v instanceof JsonVar j ? Map.of("value", j.json(), "type", "Json")
          : Map.of("value", v));
    }
    return variables;
  }

  record JsonVar(String json) {}

  static JsonVar json(String json) {
    return new JsonVar(json);
  }

  JsonNode tasks(String user, String instance, String taskKey) {
    Rest.Response r = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey
        + "&candidateOrAssigned=" + user);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  String taskId(String user, String instance, String taskKey) {
    JsonNode tasks = tasks(user, instance, taskKey);
    assertThat(tasks).as(user + " sees " + taskKey).isNotEmpty();
    return tasks.get(0).path("id").asText();
  }

  void claim(String user, String taskId) {
    Rest.Response r = as(user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  /** The user finds the task (theirs, or their group's, and claims it) and completes it with the form values. */
  void complete(String user, String instance, String taskKey, Map<String, Object> variables) {
    JsonNode task = tasks(user, instance, taskKey).get(0);
    String id = task.path("id").asText();
    if (task.path("assignee").isNull() || task.path("assignee").asText().isEmpty()) {
      claim(user, id);
    }
    Rest.Response done = as(user).post("/engine-rest/task/" + id + "/submit-form", variables);
    assertThat(done.status()).as(taskKey + " by " + user + ": " + done.body()).isEqualTo(204);
  }

  /** A customer project started by zhangwei through its start form for his customer of this name, its requirement signed with lead wangqiang. */
  String projectWithSignedRequirement(String customer) {
    Rest.Response started = as("zhangwei").post("/engine-rest/process-definition/key/customer-project/submit-form",
        vars("customerId", com.crmflow.testsupport.it.ArchiveCustomers.id(customers, customer, "zhangwei"), "title", "仓储管理系统升级", "details", "升级三个仓库的 WMS",
            "complexity", "complex"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    complete("zhangwei", instance, "Task_HoldRequirementMeeting", vars("meetingTime", "2026-12-01 10:00",
        "participants", "技术部、仓储部", "minutes", "确定分三期上线"));
    complete("zhangwei", instance, "Task_SignRequirementRecord", vars("recordSummary", "客户确认三期上线计划",
        "relatedDepartments", json("[\"技术部\"]"), "projectLead", "wangqiang", "signerName", "客户代表陈总",
        "recordSigned", true));
    return instance;
  }

  /** ... then the plan drafted by wangqiang, to be reviewed in parallel by chengang and zhouyan. */
  String projectInPlanReview(String customer) {
    String instance = projectWithSignedRequirement(customer);
    complete("wangqiang", instance, "Task_DraftPlan", vars("planObjectives", "六个月内完成三期上线",
        "strategy", "试点先行", "workSteps", "调研、开发、上线", "resources", "开发 5 人",
        "milestones", json("[{\"name\":\"一期上线\",\"dueDate\":\"2027-01-31\"}]"),
        "risks", json("[{\"category\":\"technical\",\"description\":\"旧系统数据迁移\",\"likelihood\":\"medium\","
            + "\"impact\":\"high\",\"response\":\"reduce\",\"owner\":\"王强\",\"responsePlan\":\"分批迁移并双轨运行\"}]"),
        "reviewers", json("[\"chengang\",\"zhouyan\"]")));
    return instance;
  }

  /** ... reviewed, approved, confirmed, and one task assigned to zhaomin (Task_ExecuteProjectTask is his). */
  String projectInExecution(String customer) {
    String instance = projectInPlanReview(customer);
    complete("chengang", instance, "Task_ReviewPlanByDepartment", vars("planApproved", true, "reviewComment", "同意"));
    complete("zhouyan", instance, "Task_ReviewPlanByDepartment", vars("planApproved", true, "reviewComment", "同意"));
    complete("liuyang", instance, "Task_ApprovePlanByDivisionLeader", vars("planApproved", true,
        "reviewComment", "批准"));
    complete("zhangwei", instance, "Task_ConfirmPlanWithCustomer", vars("customerContact", "陈总",
        "customerConfirmed", true));
    String due = LocalDate.now().plusDays(30).toString();
    complete("wangqiang", instance, "Task_AssignTasks", vars("tasks", json("[{\"title\":\"需求调研\","
        + "\"executor\":\"zhaomin\",\"requirements\":\"访谈仓库主管\",\"dueDate\":\"" + due + "\","
        + "\"qualityStandard\":\"调研报告客户签字\"}]")));
    return instance;
  }
}
