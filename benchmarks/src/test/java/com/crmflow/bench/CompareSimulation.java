package com.crmflow.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGenerator;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One scenario of the comparison benchmark against one application (benchmarks/README.md); benchmarks/run.sh runs
 * it once per application and scenario, one at a time, and reads Gatling's stats.json of each run.
 *
 * <p>System properties:
 *
 * <ul>
 *   <li>{@code bench.app}: {@code ours} (crm-process) or {@code ref} (the bare Camunda reference app)
 *   <li>{@code bench.scenario}: {@code intake}, {@code one-service-task} (ref), {@code read-count},
 *       {@code read-customers} (ours), {@code complete}, or {@code prepare} (creates {@code bench.prepare.count} tasks
 *       for {@code complete}; not a measurement)
 *   <li>{@code bench.baseUrl}, {@code bench.user}, {@code bench.password}, {@code bench.readUser} (ours:
 *       /api/customers, which only crm-dept and a few other groups see whole), {@code bench.readPassword}
 *   <li>{@code bench.concurrency} (8) and {@code bench.duration} (seconds, 60): closed workload,
 *       {@code constantConcurrentUsers(concurrency).during(duration)}
 *   <li>{@code bench.markerFile}: written when {@code complete} ran out of prepared tasks (the run then stops early)
 *   <li>scale scenarios (ours, benchmarks/scale/run-scale.sh): {@code task-list} — Tasklist's list of the filter
 *       {@code bench.filterName} (default 本组待认领, the group's unassigned tasks), 15 rows, as {@code bench.user};
 *       {@code customer-search} — {@code GET /api/customers?name=…} with a fragment that names one generated customer
 *       ({@code 客户<n>科技}, n random up to {@code bench.customers}), as {@code bench.readUser}
 * </ul>
 *
 * <p>Each virtual user does one iteration; connections are shared among users (as a service client's pool), so the
 * numbers are the servers', not TCP set-up's.
 */
public class CompareSimulation extends Simulation {

  static final String OURS = "ours";
  static final String REF = "ref";

  final String app = property("bench.app", OURS);
  final String scenarioName = property("bench.scenario", "intake");
  final String baseUrl = property("bench.baseUrl", OURS.equals(app) ? "http://127.0.0.1:18080" : "http://127.0.0.1:18081");
  final String user = property("bench.user", OURS.equals(app) ? "huangfang" : "demo");
  final String password = property("bench.password", "demo");
  final String readUser = property("bench.readUser", OURS.equals(app) ? "wuxia" : user);
  final String readPassword = property("bench.readPassword", password);
  final int concurrency = Integer.parseInt(property("bench.concurrency", "8"));
  final int duration = Integer.parseInt(property("bench.duration", "60"));
  final int prepareCount = Integer.parseInt(property("bench.prepare.count", "0"));
  final String markerFile = property("bench.markerFile", "");
  final String filterName = property("bench.filterName", "本组待认领");
  final int customers = Integer.parseInt(property("bench.customers", "1000000"));

  /** The user task that "complete" works: the complaint's assessment (ours), the reference intake's only task. */
  final String taskKey = OURS.equals(app) ? "Task_AssessComplaint" : "Task_Assess";

  static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
      .acceptHeader("application/json")
      .contentTypeHeader("application/json")
      .userAgentHeader("crm-process-benchmark")
      .shareConnections()
      .disableWarmUp();

  final AtomicLong sequence = new AtomicLong();

  // ---- request bodies ----

  /** ours: a complaint as a system records it (docs/processes/complaint-handling.md): demo customers 1–3. */
  String complaintBody() {
    long n = sequence.incrementAndGet();
    return "{\"customerId\":" + (1 + n % 3) + ",\"channel\":\"online-form\",\"content\":\"订单三天未发货（压测 " + n
        + "）\",\"category\":\"delivery\",\"severity\":\"medium\",\"contactPreference\":\"email\","
        + "\"contactEmail\":\"kehu" + n % 100 + "@example.com\"}";
  }

  /** ref: the same fields as process variables of the start request. */
  String referenceStartBody() {
    long n = sequence.incrementAndGet();
    return "{\"variables\":{\"customerId\":{\"value\":" + (1 + n % 3) + ",\"type\":\"Long\"},"
        + "\"channel\":{\"value\":\"online-form\"},\"content\":{\"value\":\"订单三天未发货（压测 " + n + "）\"},"
        + "\"category\":{\"value\":\"delivery\"},\"severity\":{\"value\":\"medium\"},"
        + "\"contactPreference\":{\"value\":\"email\"},\"contactEmail\":{\"value\":\"kehu" + n % 100
        + "@example.com\"}}}";
  }

  /** The assessment form's fields, as EngineRaceIT submits them. */
  static final String ASSESSMENT_FORM = "{\"variables\":{\"category\":{\"value\":\"product-quality\"},"
      + "\"severity\":{\"value\":\"high\"},\"assessmentNote\":{\"value\":\"压测评估：已核实投诉内容\"}}}";

  // ---- requests ----

  ChainBuilder intake() {
    if (OURS.equals(app)) {
      return exec(http("intake").post("/api/complaints")
          .basicAuth(user, password)
          .header("Idempotency-Key", session -> "bench-" + UUID.randomUUID())
          .body(StringBody(session -> complaintBody()))
          .check(status().is(201)));
    }
    return exec(http("intake").post("/engine-rest/process-definition/key/ref-intake/start")
        .basicAuth(user, password)
        .body(StringBody(session -> referenceStartBody()))
        .check(status().is(200)));
  }

  ChainBuilder oneServiceTask() {
    return exec(http("one-service-task").post("/engine-rest/process-definition/key/ref-one-service-task/start")
        .basicAuth(user, password)
        .body(StringBody(session -> referenceStartBody()))
        .check(status().is(200), jsonPath("$.ended").is("true")));
  }

  ChainBuilder readCount() {
    return exec(http("read-count").get("/engine-rest/process-definition/count")
        .basicAuth(user, password)
        .check(status().is(200), jsonPath("$.count").exists()));
  }

  ChainBuilder readCustomers() {
    return exec(http("read-customers").get("/api/customers?size=20")
        .basicAuth(readUser, readPassword)
        .check(status().is(200), jsonPath("$.items").exists()));
  }

  /** Tasklist's first page of a filter (the request Tasklist sends when a filter is opened). */
  ChainBuilder taskList(String filterId) {
    return exec(http("task-list").post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15")
        .basicAuth(user, password)
        .body(StringBody("{}"))
        .check(status().is(200)));
  }

  /** A search by part of a customer's name, as staff type it; the fragment names one generated customer. */
  ChainBuilder customerSearch() {
    return exec(http("customer-search").get(session -> "/api/customers?size=20&name="
            + java.net.URLEncoder.encode("客户" + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(customers))
                + "科技", StandardCharsets.UTF_8))
        .basicAuth(readUser, readPassword)
        .check(status().is(200), jsonPath("$.items").exists()));
  }

  /** The id of the user's filter named {@link #filterName} (one request before the load starts). */
  String filterId() {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/filter?resourceType=Task"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
          .header("Accept", "application/json").GET().build();
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      for (JsonNode filter : new ObjectMapper().readTree(response.body())) {
        if (filterName.equals(filter.path("name").asText())) {
          return filter.path("id").asText();
        }
      }
      throw new IllegalStateException("no filter named " + filterName + " for " + user + ": " + response.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("cannot read the filters of " + baseUrl, e);
    }
  }

  /** Claim, then submit the task's form; the task comes from the queue of tasks prepared beforehand. */
  ChainBuilder complete(Iterator<Map<String, Object>> tasks) {
    return feed(tasks).exec(doIfOrElse(session -> !session.getString("taskId").isEmpty()).then(
        exec(http("claim").post("/engine-rest/task/#{taskId}/claim")
            .basicAuth(user, password)
            .body(StringBody("{\"userId\":\"" + user + "\"}"))
            .check(status().is(204)))
        .exec(http("submit-form").post("/engine-rest/task/#{taskId}/submit-form")
            .basicAuth(user, password)
            .body(StringBody(ASSESSMENT_FORM))
            .check(status().is(204))))
        .orElse(stopLoadGenerator("no prepared task left")));
  }

  // ---- the task queue of "complete" ----

  /**
   * The ids of the unassigned tasks waiting at {@link #taskKey}, read once before the load starts (one request, as
   * the benchmark user). An endless iterator: once the queue is empty it hands out "" and the scenario stops the run.
   */
  Iterator<Map<String, Object>> preparedTasks() {
    Queue<String> ids = new ConcurrentLinkedQueue<>();
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/task?taskDefinitionKey="
              + taskKey + "&unassigned=true&sortBy=created&sortOrder=asc&maxResults=1000000"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
          .header("Accept", "application/json")
          .timeout(Duration.ofMinutes(5))
          .GET().build();
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("task query: HTTP " + response.statusCode() + " " + response.body());
      }
      for (JsonNode task : new ObjectMapper().readTree(response.body())) {
        ids.add(task.path("id").asText());
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("cannot read the prepared tasks of " + baseUrl, e);
    }
    System.out.println("[bench] " + ids.size() + " prepared tasks " + taskKey + " at " + baseUrl);
    AtomicBoolean exhausted = new AtomicBoolean();
    Instant started = Instant.now();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Map<String, Object> next() {
        String id = ids.poll();
        if (id == null) {
          if (exhausted.compareAndSet(false, true)) {
            long seconds = Duration.between(started, Instant.now()).toSeconds();
            System.out.println("[bench] no prepared task left after " + seconds + " s");
            if (!markerFile.isEmpty()) {
              try {
                Files.writeString(Path.of(markerFile), "tasks exhausted after " + seconds + " s\n");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            }
          }
          return Map.of("taskId", "");
        }
        return Map.of("taskId", id);
      }
    };
  }

  // ---- set-up ----

  {
    ChainBuilder chain = switch (scenarioName) {
      case "intake", "prepare" -> intake();
      case "one-service-task" -> oneServiceTask();
      case "read-count" -> readCount();
      case "read-customers" -> readCustomers();
      case "complete" -> complete(preparedTasks());
      case "task-list" -> taskList(filterId());
      case "customer-search" -> customerSearch();
      default -> throw new IllegalArgumentException("unknown bench.scenario " + scenarioName);
    };
    ScenarioBuilder scn = scenario(app + " " + scenarioName);
    PopulationBuilder population;
    if ("prepare".equals(scenarioName)) {
      // not a measurement: prepareCount tasks for "complete", created by `concurrency` users in a loop
      int perUser = (prepareCount + concurrency - 1) / concurrency;
      population = scn.exec(repeat(perUser).on(chain)).injectOpen(atOnceUsers(concurrency));
    } else {
      population = scn.exec(chain).injectClosed(constantConcurrentUsers(concurrency).during(duration));
    }
    setUp(population).protocols(protocol);
  }
}
