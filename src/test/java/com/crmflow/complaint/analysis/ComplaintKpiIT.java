package com.crmflow.complaint.analysis;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 200 complaints received in March 2026 through the API and worked through the real process on PostgreSQL, with
 * a known set of them answered late, fed back late, unsatisfied or recurring; the KPI endpoint must return
 * exactly the rates that follow from that set. Five April complaints check that the period is respected.
 */
@IntegrationTest
class ComplaintKpiIT {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final String[] CHANNELS = {"phone", "email", "online-form", "online-service", "hotline", "in-person"};
  static final String[] CATEGORIES = {"product-quality", "service-attitude", "delivery", "billing", "project-execution", "other"};
  static final String[] SEVERITIES = {"low", "medium", "high"};
  static final String[] CAUSES = {"product-defect", "service-process", "communication", "delivery-delay"};

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The known set. */
  static boolean lateResponse(int i) {
    return i % 10 == 0;   // 20 of 200
  }

  static boolean lateFeedback(int i) {
    return i % 8 == 0;    // 25 of 200
  }

  static boolean unsatisfied(int i) {
    return i % 5 == 0;    // 40 of 200: back to investigation, not resolved
  }

  static boolean recurs(int i) {
    return i % 25 == 1;   // 8 of the 160 satisfied: reopened at the follow-up
  }

  static int score(int i) {
    return unsatisfied(i) ? 2 : 4 + i % 2;
  }

  @Test
  @Verifies("P2.KPI")
  void theKpisOfAMonthAreExactlyWhatHappened() {
    Customer customer = new Customer();
    customer.setName("KPI 测试客户" + UUID.randomUUID());
    customer.setOwner("zhangwei");
    customer.setCreatedAt(Instant.now());
    Long customerId = customers.save(customer).getId();

    double scoreSum = 0;
    for (int i = 0; i < 200; i++) {
      // spread over March 2026 (no holidays), 09:00–16:00
      LocalDateTime received = LocalDateTime.of(2026, 3, 1 + i % 31, 9 + (i / 31) % 8, 0);
      work(customerId, i, received);
      scoreSum += score(i);
    }
    for (int i = 0; i < 5; i++) {
      work(customerId, 1000 + i, LocalDateTime.of(2026, 4, 1 + i, 10, 0));
    }
    ClockUtil.reset();

    Rest.Response r = Rest.as(port, "yangjun", "demo").get("/api/kpis/complaints?from=2026-03-01&to=2026-03-31");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode k = r.json();
    assertThat(k.path("total").asInt()).isEqualTo(200);
    assertThat(k.path("onTimeInitialResponseRate").asDouble()).isEqualTo(0.9);        // 180 / 200
    assertThat(k.path("onTimeFeedbackRate").asDouble()).isEqualTo(0.875);             // 175 / 200 (first round each)
    assertThat(k.path("resolutionRate").asDouble()).isEqualTo(0.76);                  // 152 closed / 200
    assertThat(k.path("reopenRate").asDouble()).isEqualTo(0.04);                      // 8 / 200
    assertThat(k.path("averageSatisfaction").asDouble()).isEqualTo(Math.round(scoreSum / 200 * 100) / 100.0);
    assertThat(k.path("byChannel").path("phone").asInt()).isEqualTo(34);
    assertThat(k.path("byChannel").path("in-person").asInt()).isEqualTo(33);
    assertThat(k.path("byCategory").path("product-quality").asInt()).isEqualTo(34);
    assertThat(k.path("byCause").path("product-defect").asInt()).isEqualTo(50);
    assertThat(k.path("byDepartment").path("客服部").asInt()).isEqualTo(200);
    assertThat(k.path("recurringCauses").toString()).contains("product-defect", "service-process", "communication",
        "delivery-delay");

    Rest.Response april = Rest.as(port, "yangjun", "demo").get("/api/kpis/complaints?from=2026-04-01&to=2026-04-30");
    assertThat(april.json().path("total").asInt()).isEqualTo(5);
  }

  /** One complaint from intake to its outcome, moving the engine clock as the days pass. */
  private void work(Long customerId, int i, LocalDateTime received) {
    at(received);
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("channel", CHANNELS[i % 6]);
    body.put("content", "第 " + i + " 号投诉");
    body.put("category", CATEGORIES[i % 6]);
    body.put("severity", SEVERITIES[i % 3]);
    body.put("contactPreference", "phone");
    Rest.Response created = Rest.as(port, "huangfang", "demo").post("/api/complaints", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String pi = created.json().path("processInstanceId").asText();
    int dueHours = SEVERITIES[i % 3].equals("high") ? 2 : 24;

    complete(pi, "Task_AssessComplaint", vars("category", CATEGORIES[i % 6], "severity", SEVERITIES[i % 3],
        "assessmentNote", "已评估"));
    at(received.plusHours(lateResponse(i) ? dueHours + 1 : 1));
    complete(pi, "Task_RespondInitially", vars("responseWay", "phone", "responseContent", "已受理"));
    complete(pi, "Task_Investigate", vars("investigationDetails", "已调查", "cause", CAUSES[i % 4],
        "causeDetail", "原因", "responsibleDepartment", "客服部", "meetingNeeded", false));
    complete(pi, "Task_DraftResolution", vars("resolutionPlan", "方案"));
    complete(pi, "Task_NegotiateResolution", vars("customerAgrees", true));
    LocalDateTime handled = received.plusDays(2);
    at(handled);
    complete(pi, "Task_ExecuteResolution", vars("progressNote", "完成", "customerInformed", true,
        "handlingCompleted", true));
    at(handled.plusHours(lateFeedback(i) ? 49 : 3));
    complete(pi, "Task_FeedBackResult", vars("feedbackWay", "phone", "resultSummary", "结果"));
    complete(pi, "Task_RecordVerdict", vars("customerSatisfied", !unsatisfied(i), "satisfactionScore", (long) score(i)));
    if (unsatisfied(i)) {
      return; // escalated, back at investigation: not resolved
    }
    complete(pi, "Task_DefineCorrectiveAction", vars("correctiveAction", "纠正", "preventiveAction", "预防",
        "actionOwner", "杨军", "actionDueDate", handled.toLocalDate().plusDays(10).toString()));
    at(handled.plusDays(31));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
        .activityId("TimerEvent_FollowUp").singleResult().getId());
    complete(pi, "Task_CheckRecurrence", vars("recurred", recurs(i), "followUpNote", "回访"));
    if (!recurs(i)) {
      complete(pi, "Task_SatisfactionSurvey", vars("surveyWay", "phone", "surveyScore", 5L));
    }
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
