package com.crmflow.conformance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/conformance/…} on PostgreSQL with the demo organisation: three complaints received in May 2029 (a
 * period no other test uses) through the API — one handled completely, one moved past its corrective action, one
 * cancelled — read as JSON, CSV and drill-down by the groups that may, and refused to those that may not, for
 * unknown processes, bad dates and an instance of another process.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceApiIT {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final String REPORT = "/api/conformance/complaint-handling?from=2029-05-01&to=2029-06-30";

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String complete;
  String skipped;
  String cancelled;

  @BeforeAll
  void complaintsOfMay() {
    Customer customer = new Customer();
    customer.setName("合规报告测试客户" + UUID.randomUUID());
    customer.setOwner("zhangwei");
    customer.setCreatedAt(Instant.now());
    Long customerId = customers.save(customer).getId();
    try {
      at(LocalDateTime.of(2029, 5, 7, 9, 0));
      complete = receive(customerId);
      work(complete, true);
      at(LocalDateTime.of(2029, 5, 7, 10, 0));
      skipped = receive(customerId);
      work(skipped, false);
      at(LocalDateTime.of(2029, 5, 7, 11, 0));
      cancelled = receive(customerId);
      runtimeService.deleteProcessInstance(cancelled, "重复登记");
    } finally {
      ClockUtil.reset();
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @Verifies("X.4")
  void theSupervisionDepartmentReadsTheReportOfAPeriod() {
    Rest.Response r = Rest.as(port, "maliang", "demo").get(REPORT);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode k = r.json();
    assertThat(k.path("processName").asText()).isEqualTo("客户投诉处理");
    assertThat(k.path("instances").asInt()).isEqualTo(3);
    assertThat(k.path("completed").asInt()).isEqualTo(2);
    assertThat(k.path("terminated").asInt()).isEqualTo(1);
    assertThat(k.path("skippedMandatedStep").path("count").asInt()).isEqualTo(1);
    assertThat(k.path("skippedMandatedStep").path("of").asInt()).isEqualTo(2);
    assertThat(k.path("skippedMandatedStep").path("rate").asDouble()).isEqualTo(0.5);
    assertThat(k.path("cancelled").path("count").asInt()).isEqualTo(1);
    assertThat(k.path("deadlineBreached").path("count").asInt()).isZero();
    assertThat(k.path("conformanceRate").asDouble()).isEqualTo(0.3333);
    JsonNode items = k.path("findings").path("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).path("processInstanceId").asText()).isEqualTo(skipped);
    assertThat(items.get(0).path("reasons").get(0).path("detail").asText())
        .isEqualTo("未经过必经步骤「制定纠正与预防措施」（始终必经）");
    assertThat(items.get(0).path("cockpitUrl").asText())
        .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + skipped);
    assertThat(items.get(1).path("processInstanceId").asText()).isEqualTo(cancelled);
    assertThat(items.get(1).path("reasons").get(0).path("label").asText()).isEqualTo("流程被取消");

    Rest.Response page = Rest.as(port, "maliang", "demo").get(REPORT + "&page=1&size=1");
    assertThat(page.json().path("findings").path("items").get(0).path("processInstanceId").asText())
        .isEqualTo(cancelled);

    // crm-dept, senior management and the customer-service manager (complaints are among its readProcesses)
    for (String user : new String[] {"wuxia", "zhengkai", "yangjun"}) {
      assertThat(Rest.as(port, user, "demo").get(REPORT).status()).as(user).isEqualTo(200);
    }
  }

  @Test
  void theCsvExportHasTheFiguresAndEveryInstanceWithFindings() {
    Rest.Response r = Rest.as(port, "maliang", "demo").get(
        "/api/conformance/complaint-handling/export?from=2029-05-01&to=2029-06-30");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/csv");
    assertThat(r.header("Content-Disposition")).contains("conformance-complaint-handling-2029-05-01_2029-06-30.csv");
    assertThat(r.body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(r.body()).contains("缺少必经步骤（已办结实例）,1,2,50.00%\r\n", "合规率,,,33.33%",
        "缺少必经步骤：制定纠正与预防措施,1", skipped + ",CMP-2029-", cancelled, "流程被取消", "重复登记");
  }

  @Test
  void theDrillDownShowsThePathWithEachMandatedStepChecked() {
    Rest.Response r = Rest.as(port, "maliang", "demo").get("/api/conformance/complaint-handling/instances/" + skipped);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode checks = r.json().path("mandatedSteps");
    assertThat(checks.toString()).contains("\"activityId\":\"Task_DefineCorrectiveAction\"");
    for (JsonNode c : checks) {
      String expected = switch (c.path("activityId").asText()) {
        case "Task_DefineCorrectiveAction" -> "SKIPPED";
        case "Task_HoldInternalMeeting" -> "NOT_MANDATED";
        default -> c.path("activityId").asText().startsWith("Task_SuperviseOverdue") ? "NOT_MANDATED" : "PASSED";
      };
      assertThat(c.path("result").asText()).as(c.toString()).isEqualTo(expected);
    }
    assertThat(r.json().path("path").toString()).contains("Task_RecordVerdict", "\"canceled\":true");

    // an instance of another process is not found under this one
    Rest.Response other = Rest.as(port, "maliang", "demo").get("/api/conformance/customer-project/instances/" + skipped);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.json().path("detail").asText()).contains("没有实例");
  }

  // ------------------------------------------------------------------------------------------- who may not

  @Test
  void staffWithoutASupervisingRoleAreRefused() {
    for (String user : new String[] {"huangfang", "zhangwei", "wangqiang"}) {
      Rest.Response r = Rest.as(port, user, "demo").get(REPORT);
      assertThat(r.status()).as(user).isEqualTo(403);
      assertThat(r.json().path("detail").asText()).contains("只有监督部门、高层管理团队、客户关系管理部门和客户服务经理");
      assertThat(Rest.as(port, user, "demo").get("/api/conformance/complaint-handling/instances/" + skipped).status())
          .as(user).isEqualTo(403);
      assertThat(Rest.as(port, user, "demo").get(
          "/api/conformance/complaint-handling/export?from=2029-05-01&to=2029-06-30").status()).as(user).isEqualTo(403);
    }
    assertThat(Rest.anonymous(port).get(REPORT).status()).isEqualTo(401);
  }

  @Test
  void theCustomerServiceManagerReadsOnlyTheProcessesItsGroupMayRead() {
    Rest.Response r = Rest.as(port, "yangjun", "demo").get("/api/conformance/return-visit?from=2029-05-01&to=2029-05-31");
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(r.json().path("detail").asText()).contains("无权查看流程「return-visit」的历史");
    assertThat(Rest.as(port, "wuxia", "demo").get("/api/conformance/return-visit?from=2029-05-01&to=2029-05-31")
        .status()).isEqualTo(200);
  }

  // ------------------------------------------------------------------------------------------- bad requests

  @Test
  void anUnknownProcessOrBadDatesAreAnsweredInChineseNamingTheParameter() {
    Rest rest = Rest.as(port, "maliang", "demo");
    Rest.Response unknown = rest.get("/api/conformance/complaint-handlin?from=2029-05-01&to=2029-05-31");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("detail").asText()).contains("没有流程「complaint-handlin」", "complaint-handling");

    assertField(rest.get("/api/conformance/complaint-handling?from=2029-13-01&to=2029-05-31"), "from", "不是有效日期");
    assertField(rest.get("/api/conformance/complaint-handling?from=2029-05-01"), "to", "缺少日期");
    assertField(rest.get("/api/conformance/complaint-handling?from=2029-05-31&to=2029-05-01"), "from", "不能晚于");
    assertField(rest.get("/api/conformance/complaint-handling?from=2028-01-01&to=2029-05-31"), "to", "最长 366 天");
    assertField(rest.get(REPORT + "&size=0"), "size", "1 到 200");
    assertField(rest.get(REPORT + "&page=-1"), "page", "不能为负数");
  }

  private static void assertField(Rest.Response r, String field, String text) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().path("fields").toString()).isEqualTo("[\"" + field + "\"]");
    assertThat(r.json().path("detail").asText()).contains(text);
  }

  // ------------------------------------------------------------------------------------------- the complaints

  private String receive(Long customerId) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("channel", "hotline");
    body.put("content", "合规报告测试投诉");
    body.put("category", "service-attitude");
    body.put("severity", "medium");
    body.put("contactPreference", "phone");
    Rest.Response created = Rest.as(port, "huangfang", "demo").post("/api/complaints", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("processInstanceId").asText();
  }

  /** To the end; without the corrective action (moved past it, as Cockpit's modification can) when not complete. */
  private void work(String pi, boolean withCorrectiveAction) {
    complete(pi, "Task_AssessComplaint", vars("category", "service-attitude", "severity", "medium",
        "assessmentNote", "已评估"));
    complete(pi, "Task_RespondInitially", vars("responseWay", "phone", "responseContent", "已受理"));
    complete(pi, "Task_Investigate", vars("investigationDetails", "已调查", "cause", "service-process",
        "causeDetail", "原因", "responsibleDepartment", "客服部", "meetingNeeded", false));
    complete(pi, "Task_DraftResolution", vars("resolutionPlan", "方案"));
    complete(pi, "Task_NegotiateResolution", vars("customerAgrees", true));
    complete(pi, "Task_ExecuteResolution", vars("progressNote", "完成", "customerInformed", true,
        "handlingCompleted", true));
    complete(pi, "Task_FeedBackResult", vars("feedbackWay", "phone", "resultSummary", "结果"));
    complete(pi, "Task_RecordVerdict", vars("customerSatisfied", true, "satisfactionScore", 5L));
    if (withCorrectiveAction) {
      complete(pi, "Task_DefineCorrectiveAction", vars("correctiveAction", "纠正", "preventiveAction", "预防",
          "actionOwner", "杨军", "actionDueDate", "2029-06-30"));
    } else {
      runtimeService.createProcessInstanceModification(pi).startBeforeActivity("TimerEvent_FollowUp")
          .cancelAllForActivity("Task_DefineCorrectiveAction").execute();
    }
    at(LocalDateTime.of(2029, 6, 8, 9, 0));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
        .activityId("TimerEvent_FollowUp").singleResult().getId());
    complete(pi, "Task_CheckRecurrence", vars("recurred", false, "followUpNote", "回访"));
    complete(pi, "Task_SatisfactionSurvey", vars("surveyWay", "phone", "surveyScore", 5L));
  }

  private void complete(String pi, String key, Map<String, Object> values) {
    Task t = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
    assertThat(t).as(key).isNotNull();
    taskService.complete(t.getId(), values);
  }

  private static Map<String, Object> vars(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static void at(LocalDateTime beijing) {
    ClockUtil.setCurrentTime(Date.from(beijing.atZone(BEIJING).toInstant()));
  }
}
