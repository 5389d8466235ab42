package com.crmflow.security;

import static com.crmflow.security.EngineFixtures.vars;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8 point 14: concurrent requests on one task through Camunda REST. Exactly one wins; every other request gets
 * 409 (lost the race) or 404 (the task is gone) with a Chinese message, never 500; the process moves on once.
 */
@IntegrationTest
class EngineRaceIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  EngineFixtures engine;
  Long customerId;

  @BeforeEach
  void setUp() {
    engine = new EngineFixtures(port, customers);
    Customer c = new Customer();
    c.setName("并发测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  /** A fresh complaint's process instance (recorded through /api by huangfang), waiting at Task_AssessComplaint. */
  String complaintInstance() {
    Map<String, Object> body = new HashMap<>(Map.of("customerId", customerId, "channel", "phone", "content", "并发测试",
        "category", "delivery", "severity", "medium", "contactPreference", "phone", "contactName", "王女士",
        "contactPhone", "13800000000"));
    Rest.Response r = engine.as("huangfang").post("/api/complaints", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(r.json().path("complaintNumber").asText()).singleResult().getId();
  }

  /** Runs the calls at once (all threads wait at one latch) and returns their responses. */
  static List<Rest.Response> race(List<Callable<Rest.Response>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch ready = new CountDownLatch(calls.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Rest.Response>> futures = new ArrayList<>();
      for (Callable<Rest.Response> call : calls) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<Rest.Response> responses = new ArrayList<>();
      for (Future<Rest.Response> f : futures) {
        responses.add(f.get(120, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  static void oneWinnerOthersConflictOrGone(List<Rest.Response> responses, int winnerStatus) {
    assertThat(responses).filteredOn(r -> r.status() == winnerStatus).as(describe(responses)).hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() != winnerStatus).allSatisfy(r -> {
      assertThat(r.status()).as(r.body()).isIn(404, 409);
      assertThat(r.json().path("message").asText()).as(r.body()).containsPattern("\\p{IsHan}");
    });
  }

  static String describe(List<Rest.Response> responses) {
    return responses.stream().map(r -> r.status() + " " + r.body()).toList().toString();
  }

  @Test
  void twentyConcurrentSubmissionsOfOneTaskCompleteItOnce() throws Exception {
    String instance = complaintInstance();
    String task = engine.taskId("huangfang", instance, "Task_AssessComplaint");
    engine.claim("huangfang", task);
    Map<String, Object> form = vars("category", "product-quality", "severity", "high", "assessmentNote", "并发提交");

    List<Callable<Rest.Response>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(() -> engine.as("huangfang").post("/engine-rest/task/" + task + "/submit-form", form));
    }
    List<Rest.Response> responses = race(calls);

    oneWinnerOthersConflictOrGone(responses, 204);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("Task_AssessComplaint").finished().count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_RespondInitially")
        .count()).as("the next step exists once").isEqualTo(1);
  }

  @Test
  void concurrentClaimsLeaveOneAssignee() throws Exception {
    String instance = complaintInstance();
    String task = engine.taskId("huangfang", instance, "Task_AssessComplaint");
    List<String> users = List.of("huangfang", "yangjun", "wuxia", "zhengkai", "maliang", "lina", "zhangwei",
        "gaoming", "luojing", "songyu");
    List<Callable<Rest.Response>> calls = new ArrayList<>();
    calls.add(() -> engine.as("huangfang").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "huangfang")));
    for (String user : users.subList(1, users.size())) {
      // an administrator assigning on somebody's behalf races like the candidates themselves
      calls.add(() -> engine.as("admin").post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)));
    }
    List<Rest.Response> responses = race(calls);

    oneWinnerOthersConflictOrGone(responses, 204);
    String assignee = taskService.createTaskQuery().taskId(task).singleResult().getAssignee();
    assertThat(assignee).isIn(users);
    assertThat(historyService.createHistoricIdentityLinkLogQuery().taskId(task).type("assignee").count())
        .as("one assignment").isEqualTo(1);
  }

  @Test
  void theLastTwoParallelReviewsCompletingAtOnceJoinOnce() throws Exception {
    String instance = engine.projectInPlanReview("并发评审测试" + UUID.randomUUID());
    Map<String, String> taskOf = new HashMap<>();
    for (String reviewer : List.of("chengang", "zhouyan")) {
      // each reviewer's own instance of the review (both are candidates of both, as dept-head)
      Rest.Response own = engine.as(reviewer).get("/engine-rest/task?processInstanceId=" + instance
          + "&taskDefinitionKey=Task_ReviewPlanByDepartment&assignee=" + reviewer);
      assertThat(own.json()).as(own.body()).hasSize(1);
      taskOf.put(reviewer, own.json().get(0).path("id").asText());
    }
    Map<String, Object> approve = vars("planApproved", true, "reviewComment", "同意");
    List<String> reviewers = List.of("chengang", "zhouyan");
    List<Callable<Rest.Response>> calls = new ArrayList<>();
    for (String reviewer : reviewers) {
      calls.add(() -> engine.as(reviewer).post("/engine-rest/task/" + taskOf.get(reviewer) + "/submit-form",
          approve));
    }
    List<Rest.Response> responses = race(calls);

    assertThat(responses).as(describe(responses)).allSatisfy(r -> assertThat(r.status()).isIn(204, 409));
    assertThat(responses).as(describe(responses)).anySatisfy(r -> assertThat(r.status()).isEqualTo(204));
    for (int i = 0; i < reviewers.size(); i++) {
      if (responses.get(i).status() == 409) {
        String reviewer = reviewers.get(i);
        assertThat(taskService.createTaskQuery().taskId(taskOf.get(reviewer)).count())
            .as("the loser's review is still open, nothing of it was kept").isEqualTo(1);
        Rest.Response retry = engine.as(reviewer).post("/engine-rest/task/" + taskOf.get(reviewer) + "/submit-form",
            approve);
        assertThat(retry.status()).as(retry.body()).isEqualTo(204);
      }
    }
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewPlanByDepartment")
        .count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("Task_ApprovePlanByDivisionLeader").count()).as("the join fired once").isEqualTo(1);
  }
}
