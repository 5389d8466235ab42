package com.crmflow.project.process;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.ArchiveCustomers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One customer project from requirement to signed acceptance on PostgreSQL, driven only through
 * {@code /engine-rest} and {@code /api}, each step by the demo user whose job it is.
 */
@IntegrationTest
public class CustomerProjectRestIT {

  @LocalServerPort int port;

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  @Autowired CustomerRepository customers;

  private Long westernEnergy() {
    return Long.valueOf(ArchiveCustomers.id(customers, "西部能源集团", "lina"));
  }

  @Test
  @Verifies("P1.1")
  void theIntakePicksACustomerTheAccountManagerMaySeeFromTheArchiveAndCreatesNone() {
    Long own = westernEnergy();
    Long others = Long.valueOf(ArchiveCustomers.id(customers, "他人客户" + System.nanoTime(), "zhangwei"));
    Customer closed = customers.findById(Long.valueOf(ArchiveCustomers.id(customers, "停用客户" + System.nanoTime(),
        "lina"))).orElseThrow();
    closed.setStatus("INACTIVE");
    customers.save(closed);

    // Tasklist's start dialog reads the start form's variables: lina is offered her ACTIVE customers only
    String definition = as("lina").get("/engine-rest/process-definition/key/customer-project").json().path("id")
        .asText();
    String options = as("lina").get("/engine-rest/process-definition/" + definition + "/form-variables").json()
        .path("customerOptions").path("value").asText();
    assertThat(options).contains("\"" + own + "\"").doesNotContain("\"" + others + "\"")
        .doesNotContain("\"" + closed.getId() + "\"");

    long before = customers.count();
    for (Long refused : List.of(others, closed.getId(), 987654321L)) {
      Rest.Response engine = as("lina").post("/engine-rest/process-definition/key/customer-project/submit-form",
          vars("customerId", String.valueOf(refused), "title", "热线", "details", "建设热线", "complexity", "normal"));
      assertThat(engine.status()).as(engine.body()).isEqualTo(400);
      assertThat(engine.body()).contains(refused.equals(closed.getId()) ? "不是有效客户" : "不存在");
      Rest.Response api = as("lina").post("/api/projects", Map.of("customerId", refused, "title", "热线",
          "details", "建设热线", "complexity", "normal"));
      assertThat(api.status()).as(api.body()).isEqualTo(400);
    }
    // a name instead of a customer is an undeclared key: nothing is created on the fly
    Rest.Response byName = as("lina").post("/engine-rest/process-definition/key/customer-project/submit-form",
        vars("customerName", "全新客户", "title", "热线", "details", "建设热线", "complexity", "normal"));
    assertThat(byName.status()).as(byName.body()).isEqualTo(400);
    assertThat(customers.count()).isEqualTo(before);
    assertThat(customers.findByName("全新客户")).isEmpty();
  }

  @Test
  @Verifies({"P1.1", "P1.2", "P1.3", "P1.6", "P1.8", "P1.9", "P1.11", "P1.12"})
  void aProjectRunsFromRequirementToSignedAcceptanceThroughTheRestApi() {
    // 1. the account manager records a complex requirement through the start form
    Object customerId = ArchiveCustomers.id(customers, "华南物流有限公司", "zhangwei");
    Rest.Response started = as("zhangwei").post("/engine-rest/process-definition/key/customer-project/submit-form",
        vars("customerId", customerId, "title", "仓储管理系统升级", "details", "升级三个仓库的 WMS",
            "complexity", "complex"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    String number = as("yangjun").get("/engine-rest/process-instance/" + instance).json().path("businessKey").asText();
    assertThat(number).matches("PRJ-\\d{4}-\\d{4}");

    completeAs("zhangwei", instance, "Task_HoldRequirementMeeting", vars("meetingTime", "2026-12-01 10:00",
        "participants", "技术部、仓储部", "minutes", "确定分三期上线"));
    completeAs("zhangwei", instance, "Task_SignRequirementRecord", vars("recordSummary", "客户确认三期上线计划",
        "relatedDepartments", json("[\"技术部\"]"), "projectLead", "wangqiang", "signerName", "客户代表陈总",
        "contractNumber", "HT-2026-017", "recordSigned", true));

    // 2. plan, parallel review by the two named department heads, division leader, customer
    completeAs("wangqiang", instance, "Task_DraftPlan", vars("planObjectives", "六个月内完成三期上线",
        "strategy", "试点先行", "workSteps", "调研、开发、上线", "resources", "开发 5 人",
        "milestones", json("[{\"name\":\"一期上线\",\"dueDate\":\"2027-01-31\"}]"),
        "risks", json("[{\"category\":\"technical\",\"description\":\"旧系统数据迁移\",\"likelihood\":\"medium\","
            + "\"impact\":\"high\",\"response\":\"reduce\",\"owner\":\"王强\",\"responsePlan\":\"分批迁移并双轨运行\"}]"),
        "reviewers", json("[\"chengang\",\"zhouyan\"]"), "budget", 380000.5));
    completeAs("chengang", instance, "Task_ReviewPlanByDepartment", vars("planApproved", true, "reviewComment", "同意"));
    completeAs("zhouyan", instance, "Task_ReviewPlanByDepartment", vars("planApproved", true, "reviewComment", "同意"));
    completeAs("liuyang", instance, "Task_ApprovePlanByDivisionLeader", vars("planApproved", true, "reviewComment", "批准"));
    completeAs("zhangwei", instance, "Task_ConfirmPlanWithCustomer", vars("customerContact", "陈总",
        "customerConfirmed", true));

    // 3. tasks for two executors; a customer opinion arrives meanwhile
    String due = LocalDate.now().plusDays(30).toString();
    completeAs("wangqiang", instance, "Task_AssignTasks", vars("tasks", json("[{\"title\":\"需求调研\",\"executor\":\"zhaomin\","
        + "\"requirements\":\"访谈仓库主管\",\"dueDate\":\"" + due + "\",\"qualityStandard\":\"调研报告客户签字\"},"
        + "{\"title\":\"系统开发\",\"executor\":\"sunli\",\"requirements\":\"完成一期功能\",\"dueDate\":\"" + due
        + "\",\"qualityStandard\":\"测试通过\"}]")));
    JsonNode zhaominTasks = tasksOf("zhaomin", instance, "Task_ExecuteProjectTask");
    assertThat(zhaominTasks).hasSize(1);
    assertThat(zhaominTasks.get(0).path("name").asText()).isEqualTo("执行任务：需求调研");
    assertThat(zhaominTasks.get(0).path("due").asText()).startsWith(due);

    Rest.Response opinion = as("zhangwei").post("/api/projects/" + number + "/opinions",
        Map.of("content", "希望每周汇报一次进展", "channel", "phone"));
    assertThat(opinion.status()).as(opinion.body()).isEqualTo(201);
    completeAs("zhangwei", instance, "Task_AnswerCustomerOpinion", vars("opinionAnswer", "每周五发送周报",
        "multiDepartment", false));

    completeAs("zhaomin", instance, "Task_ExecuteProjectTask", vars("problemReported", false, "taskResult", "调研完成"));
    completeAs("sunli", instance, "Task_ExecuteProjectTask", vars("problemReported", false, "taskResult", "开发完成"));

    // 4. self-check, acceptance, feedback
    completeAs("wangqiang", instance, "Task_SelfCheck", vars("selfCheckPassed", true));
    completeAs("wangqiang", instance, "Task_ApplyForAcceptance", vars("resultReport", "一期已上线"));
    completeAs("zhangwei", instance, "Task_RecordCustomerAcceptance", vars("quality", "pass", "quantity", "pass",
        "deliveryTime", "pass", "serviceLevel", "pass", "acceptancePassed", true, "signerName", "陈总"));
    completeAs("zhangwei", instance, "Task_CollectFeedback", vars("satisfaction", "4", "customerFeedback", "满意",
        "improvementMeasures", "缩短响应时间"));

    JsonNode history = as("yangjun").get("/engine-rest/history/process-instance/" + instance).json();
    assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(as("yangjun").get("/engine-rest/history/activity-instance?processInstanceId=" + instance
        + "&activityId=EndEvent_ProjectCompleted").json()).hasSize(1);

    JsonNode project = as("zhangwei").get("/api/projects/" + number).json();
    assertThat(project.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(project.path("customerName").asText()).isEqualTo("华南物流有限公司");
    assertThat(project.path("requirementRecord").path("signerName").asText()).isEqualTo("客户代表陈总");
    assertThat(project.path("tasks")).hasSize(2);
    assertThat(project.path("opinions").get(0).path("content").asText()).isEqualTo("希望每周汇报一次进展");
    assertThat(project.path("acceptances").get(0).path("signerName").asText()).isEqualTo("陈总");
    // the customer's archive: the project with its contract number and budget (000 §4(1))
    JsonNode archived = as("zhangwei").get("/api/customers/" + customerId).json().path("history").path("projects");
    assertThat(archived.get(0).path("projectNumber").asText()).isEqualTo(number);
    assertThat(archived.get(0).path("contractNumber").asText()).isEqualTo("HT-2026-017");
    assertThat(archived.get(0).path("budget").decimalValue()).isEqualByComparingTo("380000.50");
  }

  @Test
  @Verifies({"P1.1", "X.2"})
  void ourApiStartsAProjectForTheCallingAccountManager() {
    Rest.Response created = as("lina").post("/api/projects", Map.of("customerId", westernEnergy(),
        "title", "客户服务热线建设", "details", "建设 7×24 小时服务热线", "complexity", "normal"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("projectNumber").asText();

    JsonNode tasks = as("lina").get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_SignRequirementRecord");
    assertThat(tasks.get(0).path("assignee").asText()).isEqualTo("lina");
    // the task is lina's alone: another account manager sees neither task nor project (no stand-in by the group)
    assertThat(as("zhangwei").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
    assertThat(as("zhangwei").get("/api/projects/" + number).status()).isEqualTo(404);
    assertThat(as("zhaomin").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
    assertThat(as("zhaomin").get("/api/projects/" + number).status()).isEqualTo(404);
    assertThat(as("lina").get("/api/projects/" + number).json().path("accountManager").asText()).isEqualTo("lina");
  }

  @Test
  @Verifies("P1.1")
  void ourApiRefusesARequirementByTheRulesOfTheStepNamingTheFields() {
    // the rules are declared once, on the step's input (RequirementInput, OpinionInput): the API answers with them
    Rest.Response refused = as("lina").post("/api/projects", Map.of("customerId", westernEnergy(), "title", " ",
        "details", "建设服务热线", "complexity", "urgent"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("fields").toString()).contains("\"title\"");
    assertThat(refused.json().path("detail").asText()).contains("需求名称不能为空").contains("需求复杂程度取值无效：urgent");

    Rest.Response created = as("lina").post("/api/projects", Map.of("customerId", westernEnergy(),
        "title", "客户服务热线建设", "details", "建设 7×24 小时服务热线", "complexity", "normal"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("projectNumber").asText();
    Rest.Response opinion = as("lina").post("/api/projects/" + number + "/opinions",
        Map.of("content", "希望增加周报", "channel", "fax"));
    assertThat(opinion.status()).as(opinion.body()).isEqualTo(400);
    assertThat(opinion.json().path("fields").toString()).contains("\"channel\"");
    assertThat(opinion.json().path("detail").asText()).contains("意见来源渠道取值无效：fax");
    assertThat(as("lina").get("/api/projects/" + number).json().path("opinions")).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private JsonNode tasksOf(String user, String instance, String taskKey) {
    Rest.Response r = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey
        + "&assignee=" + user);
    if (r.json().isEmpty()) {
      r = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey);
    }
    assertThat(r.status()).isEqualTo(200);
    return r.json();
  }

  /** The user finds the task (their own, or their group's and claims it) and completes it with the form values. */
  private void completeAs(String user, String instance, String taskKey, Map<String, Object> variables) {
    JsonNode tasks = tasksOf(user, instance, taskKey);
    assertThat(tasks).as(user + " sees " + taskKey).isNotEmpty();
    JsonNode task = tasks.get(0);
    String id = task.path("id").asText();
    if (task.path("assignee").isNull() || task.path("assignee").asText().isEmpty()) {
      Rest.Response claimed = as(user).post("/engine-rest/task/" + id + "/claim", Map.of("userId", user));
      assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    }
    Rest.Response done = as(user).post("/engine-rest/task/" + id + "/complete", variables);
    assertThat(done.status()).as(taskKey + " by " + user + ": " + done.body()).isEqualTo(204);
  }

  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      variables.put((String) keyValues[i], v instanceof JsonVar j ? Map.of("value", j.json(), "type", "Json")
          : Map.of("value", v));
    }
    return Map.of("variables", variables);
  }

  public record JsonVar(String json) {}

  public static JsonVar json(String json) {
    return new JsonVar(json);
  }

  static List<String> keys(JsonNode tasks) {
    return java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
        .map(t -> t.path("taskDefinitionKey").asText()).toList();
  }
}
