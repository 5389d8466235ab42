package com.crmflow.platform.jobs;

import com.crmflow.testsupport.it.EmbeddedPostgresConfiguration;
import com.crmflow.testsupport.it.RegisterContextEngine;
import com.crmflow.testsupport.it.TestDataKeyset;
import com.crmflow.testsupport.it.WebappBrowser;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Two nodes on one PostgreSQL (issue 9, "Cluster"): node B is this test's application context, node A a second JVM
 * on the same database ({@link ApplicationNode}). While intakes go to both nodes and a batch of complaint deadlines
 * is due, node A is killed with SIGKILL holding job locks. Then:
 * <ul>
 *   <li>every job node A had locked runs on node B once the lock has expired (A's lock time is 10 s here);</li>
 *   <li>no deadline timer fired twice (one history activity instance per timer and complaint) or was lost;</li>
 *   <li>intakes that failed on A are replayed on B with the same Idempotency-Key: each key is exactly one
 *       complaint with one process instance, and the complaint numbers stay unique;</li>
 *   <li>a webapp login made on A (session in the database) goes on working on B, CSRF token included.</li>
 * </ul>
 * Node B's job executor is off until A is dead, so the locks found at the kill are A's for certain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generic-properties.properties.hostname=node-b"})
@ActiveProfiles("demo")
@Import(EmbeddedPostgresConfiguration.class)
@ContextConfiguration(initializers = TestDataKeyset.class)
@TestExecutionListeners(listeners = RegisterContextEngine.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
// no @DirtiesContext: closing this context would take the engine named "default" out of Camunda's JVM-wide runtime
// container, and the web apps of the shared integration-test context would answer 500 from then on
class ClusterFailoverIT {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterFailoverIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "huangfang";
  private static final int FIRST_BATCH = 40;
  private static final int SECOND_BATCH = 24;
  /** Intakes sent to node A after its death (whether any of the second batch was in flight then is up to timing). */
  private static final int AFTER_KILL = 6;

  @LocalServerPort int portB;
  @Autowired EmbeddedPostgres postgres;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerRepository customers;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired Environment environment;
  @Autowired ProcessEngine engine;

  private ApplicationNode nodeA;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void stop() {
    if (nodeA != null) {
      nodeA.close();
    }
    JobExecutor jobExecutor = engineConfiguration.getJobExecutor();
    if (jobExecutor.isActive()) {
      jobExecutor.shutdown();
    }
  }

  @Test
  void aKilledNodesJobsIntakesAndLoginsAreTakenOverByTheOtherNode() throws Exception {
    nodeA = ApplicationNode.start("a", Map.ofEntries(
            Map.entry("spring.profiles.active", "demo"),
            Map.entry("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres")),
            Map.entry("spring.datasource.username", "postgres"),
            Map.entry("camunda.bpm.generic-properties.properties.hostname", "node-a"),
            // one worker that takes many jobs at once: at the kill, node A holds locks on jobs it has not run yet
            Map.entry("camunda.bpm.job-execution.core-pool-size", "1"),
            Map.entry("camunda.bpm.job-execution.max-pool-size", "1"),
            Map.entry("camunda.bpm.job-execution.queue-capacity", "100"),
            Map.entry("camunda.bpm.job-execution.max-jobs-per-acquisition", "60"),
            Map.entry("camunda.bpm.job-execution.lock-time-in-millis", "10000"),
            Map.entry("camunda.bpm.job-execution.wait-time-in-millis", "500"),
            Map.entry("camunda.bpm.job-execution.max-wait", "1000"),
            Map.entry("logging.level.org.camunda.bpm.engine.jobexecutor", "INFO")),
        Map.of("CRM_DATA_KEYSET", environment.getRequiredProperty("crm.data.keyset")));
    nodeA.awaitReady(Duration.ofMinutes(4));

    // a webapp login on node A; the session (and its CSRF token) lives in the database
    WebappLogin login = new WebappLogin();
    login.logIn(nodeA.port());
    assertThat(login.currentUser(portB)).as("login made on A, asked on B").isEqualTo(USER);

    Customer customer = new Customer();
    customer.setName("集群测试客户" + UUID.randomUUID());
    customer.setOwner("lina");
    customer.setCreatedAt(Instant.now());
    long customerId = customers.save(customer).getId();

    // first batch on both nodes, all answered
    String run = UUID.randomUUID().toString().substring(0, 8);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    Map<String, Integer> outcome = new ConcurrentHashMap<>();
    AtomicInteger replays = new AtomicInteger();
    List<Future<?>> first = new ArrayList<>();
    for (int i = 0; i < FIRST_BATCH; i++) {
      String key = run + "-" + i;
      int port = i % 2 == 0 ? nodeA.port() : portB;
      first.add(clients.submit(() -> intake(key, customerId, port, outcome, replays)));
    }
    for (Future<?> f : first) {
      f.get();
    }
    assertThat(replays).as("no node was down yet").hasValue(0);

    // their deadline timers (warning, level 1 and level 2 of the initial response) become due: only A runs jobs
    List<String> instances = jdbc.queryForList("select process_instance_id from crm_complaint where "
        + "idempotency_key like ?", String.class, run + "-%");
    assertThat(instances).hasSize(FIRST_BATCH);
    int due = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 second' "
        + "where handler_type_ = 'timer-transition' and process_instance_id_ in (" + in(instances) + ")");
    assertThat(due).isEqualTo(3 * FIRST_BATCH);

    // the second batch is under way while A dies
    List<Future<?>> second = new ArrayList<>();
    for (int i = FIRST_BATCH; i < FIRST_BATCH + SECOND_BATCH; i++) {
      String key = run + "-" + i;
      int port = i % 2 == 0 ? nodeA.port() : portB;
      second.add(clients.submit(() -> intake(key, customerId, port, outcome, replays)));
    }
    Set<String> lockedAtKill = killWhileRunningJobs();
    LOG.info("Node A killed holding {} job locks", lockedAtKill.size());
    for (int i = FIRST_BATCH + SECOND_BATCH; i < FIRST_BATCH + SECOND_BATCH + AFTER_KILL; i++) {
      String key = run + "-" + i;
      second.add(clients.submit(() -> intake(key, customerId, nodeA.port(), outcome, replays)));
    }
    for (Future<?> f : second) {
      f.get();
    }
    clients.shutdown();
    // a client whose intake was stored on A but whose answer was lost sends it again to B: the stored complaint
    for (int i = 0; i < 4; i += 2) {
      String key = run + "-" + i;
      String number = jdbc.queryForObject("select complaint_number from crm_complaint where idempotency_key = ?",
          String.class, key);
      HttpResponse<String> again = post(portB, key, intakeBody(key, customerId));
      assertThat(again.statusCode()).as("repeated intake %s (a replay answers as the first time did)", key)
          .isEqualTo(201);
      assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
      assertThat(again.body()).contains(number);
    }

    // node B takes over: its job executor runs everything that is due, A's locked jobs after the lock expired
    JobExecutor jobExecutor = engineConfiguration.getJobExecutor();
    if (jobExecutor.getProcessEngines().isEmpty()) {
      // job execution is off in this context: its engine was never handed to the (idle) job executor
      jobExecutor.registerProcessEngine((ProcessEngineImpl) engine);
    }
    jobExecutor.start();
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (dueJobs(instances) > 0 && Instant.now().isBefore(until)) {
      Thread.sleep(500);
    }
    assertThat(dueJobs(instances)).as("due timer jobs left 120 s after the kill").isZero();

    // the jobs A held were run by B
    assertThat(lockedAtKill).as("locks held by node A at the kill").isNotEmpty();
    for (String job : lockedAtKill) {
      assertThat(jdbc.queryForList("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
          String.class, job)).as("successful runs of job " + job + " that node A had locked").containsExactly("node-b");
    }

    // every deadline timer fired exactly once per complaint, on one node or the other
    List<Map<String, Object>> fired = jdbc.queryForList("select proc_inst_id_, act_id_, count(*) as n "
        + "from act_hi_actinst where proc_inst_id_ in (" + in(instances) + ") and act_type_ = 'boundaryTimer' "
        + "group by proc_inst_id_, act_id_");
    assertThat(fired).hasSize(3 * FIRST_BATCH);
    assertThat(fired).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue())
        .as("firings of %s in %s", row.get("act_id_"), row.get("proc_inst_id_")).isEqualTo(1));
    Integer onA = jdbc.queryForObject("select count(*) from act_hi_job_log where hostname_ = 'node-a' "
        + "and job_state_ = 2 and process_instance_id_ in (" + in(instances) + ")", Integer.class);
    Integer onB = jdbc.queryForObject("select count(*) from act_hi_job_log where hostname_ = 'node-b' "
        + "and job_state_ = 2 and process_instance_id_ in (" + in(instances) + ")", Integer.class);
    LOG.info("Deadline jobs run: {} on node A before the kill, {} on node B", onA, onB);
    assertThat(onA + onB).isEqualTo(3 * FIRST_BATCH);
    assertThat(onA).as("jobs node A ran before it was killed").isPositive();

    // each intake exactly once, with its process, and unique numbers
    int intakes = FIRST_BATCH + SECOND_BATCH + AFTER_KILL;
    assertThat(outcome).hasSize(intakes);
    assertThat(outcome.values()).allSatisfy(status -> assertThat(status).isEqualTo(201));
    List<Map<String, Object>> stored = jdbc.queryForList("select idempotency_key, complaint_number, "
        + "process_instance_id from crm_complaint where idempotency_key like ?", run + "-%");
    assertThat(stored).hasSize(intakes);
    assertThat(stored.stream().map(r -> r.get("idempotency_key")).distinct()).hasSize(stored.size());
    assertThat(stored.stream().map(r -> r.get("complaint_number")).distinct()).hasSize(stored.size());
    List<String> allInstances = stored.stream().map(r -> (String) r.get("process_instance_id")).toList();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null and id_ in ("
        + in(allInstances) + ")", Integer.class)).as("running process instances of the intakes")
        .isEqualTo(stored.size());
    LOG.info("Intakes: {} stored, {} replayed on node B after node A failed", stored.size(), replays.get());
    assertThat(replays).as("intakes sent to the dead node and repeated on B").hasValueGreaterThanOrEqualTo(AFTER_KILL);

    // the login made on A still works on B, reads and changes (CSRF token from the shared session)
    assertThat(login.currentUser(portB)).isEqualTo(USER);
    assertThat(login.postTaskQuery(portB)).as("POST through the webapps' engine API on B").isEqualTo(200);
  }

  /** Polls until node A has run some deadline jobs and still holds locks on others, then kills it. */
  private Set<String> killWhileRunningJobs() throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(until)) {
      Integer done = jdbc.queryForObject("select count(*) from act_hi_job_log where hostname_ = 'node-a' "
          + "and job_state_ = 2 and job_def_type_ = 'timer-transition'", Integer.class);
      List<String> locked = jdbc.queryForList("select id_ from act_ru_job where lock_owner_ is not null",
          String.class);
      if (done != null && done > 0 && locked.size() >= 5) {
        nodeA.kill();
        // what was locked when A died (a job A finished in between is gone from act_ru_job: not counted)
        return Set.copyOf(jdbc.queryForList("select id_ from act_ru_job where lock_owner_ is not null "
            + "and id_ in (" + in(locked) + ")", String.class));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("Node A ran no deadline job within 90 s:\n" + nodeA.logTail());
  }

  private int dueJobs(List<String> instances) {
    Integer n = jdbc.queryForObject("select count(*) from act_ru_job where duedate_ <= now() and "
        + "process_instance_id_ in (" + in(instances) + ")", Integer.class);
    return n == null ? 0 : n;
  }

  /** One intake; if the node cannot be reached, the same request again on node B with the same key. */
  private void intake(String key, long customerId, int port, Map<String, Integer> outcome, AtomicInteger replays) {
    Map<String, Object> body = intakeBody(key, customerId);
    try {
      outcome.put(key, post(port, key, body).statusCode());
    } catch (IOException e) {
      replays.incrementAndGet();
      try {
        outcome.put(key, post(portB, key, body).statusCode());
      } catch (IOException again) {
        throw new UncheckedIOException(again);
      }
    }
  }

  private static Map<String, Object> intakeBody(String key, long customerId) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("channel", "online-form");
    body.put("content", "集群测试投诉 " + key);
    body.put("category", "delivery");
    body.put("severity", "medium");
    body.put("contactPreference", "email");
    body.put("contactName", "王女士");
    body.put("contactEmail", "wang@example.com");
    return body;
  }

  private HttpResponse<String> post(int port, String key, Map<String, Object> body) throws IOException {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/complaints"))
          .timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json").header("Idempotency-Key", key)
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8)))
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as("intake %s on port %d: %s", key, port, r.body()).isEqualTo(201);
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String in(List<String> ids) {
    return ids.isEmpty() ? "null" : String.join(",", ids.stream().map(id -> "'" + id.replace("'", "") + "'").toList());
  }

  /** The Camunda webapps' session as a browser behind a load balancer has it: one cookie jar for both nodes. */
  private final class WebappLogin {
    private final WebappBrowser browser = new WebappBrowser();

    void logIn(int port) {
      HttpResponse<String> r = browser.logIn("http://localhost:" + port + "/camunda", USER, "demo");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    String currentUser(int port) {
      HttpResponse<String> r = browser.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default")).GET());
      assertThat(r.statusCode()).as("who am I on port %d: %s", port, r.body()).isEqualTo(200);
      try {
        JsonNode user = JSON.readTree(r.body());
        return user.path("userId").asText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    int postTaskQuery(int port) {
      return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode();
    }
  }
}
