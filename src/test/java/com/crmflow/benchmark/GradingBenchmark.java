package com.crmflow.benchmark;

import com.crmflow.CrmProcessApplication;
import com.crmflow.customer.grading.GradingResult;
import com.crmflow.customer.grading.GradingRun;
import com.crmflow.customer.grading.GradingRunRepository;
import com.crmflow.customer.grading.ChunkGrading;
import com.crmflow.customer.grading.GradingReview;
import com.crmflow.customer.grading.GradingVariables;
import com.crmflow.customer.owner.OwnerViolations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import com.crmflow.customer.grading.form.CustomerGradingReviewForm;

/**
 * Benchmark (not a test, not part of {@code ./mvnw verify}) of the periodic regrading of SPEC P3: loads N customers
 * (default 100 000) into PostgreSQL, then — R times (default 3) — fires the quarterly timer of
 * {@code customer-grading-schedule} and lets the job executor regrade every customer through the real process
 * (chunks in parallel jobs), completes the crm-dept review (approve all), and waits until the confirmed grades are
 * applied and every handover task exists. Reports wall times (median of the runs) and the peak heap.
 *
 * <pre>
 * ./mvnw -q -Pgrading-benchmark test-compile exec:exec
 * ./mvnw -q -Pgrading-benchmark test-compile exec:exec -Dbenchmark.customers=10000 -Dbenchmark.runs=1
 * </pre>
 *
 * PostgreSQL: an embedded PostgreSQL 16 (zonky, the one of the integration tests) in a temporary directory; or a
 * server of your own with {@code -Dbenchmark.jdbc-url=jdbc:postgresql://127.0.0.1:5432/test
 * -Dbenchmark.user=… -Dbenchmark.password=…} (its crm_/ACT_ tables must not exist yet).
 *
 * <p>Data: indicators drawn from a fixed seed; each customer's stored grade is what the shipped rules give
 * (computed here by {@link #expectedGrade}, a copy of processes/customer-grading.dmn as shipped), except for a
 * share ({@code -Dbenchmark.stale-share}, default 0.02) whose stored grade is stale — those are the changes to
 * review. Owners are spread over the demo users eligible for the stored grade, so stale grades also mean new
 * owners and handover tasks. Before every run grades and owners are reset to the loaded state.
 */
public final class GradingBenchmark {

  static final String[][] OWNERS = {{"gaoming", "zhangwei", "zhengkai"}, {"lina", "luojing"}, {"songyu", "tangli"},
      {"fengxue", "xiexin"}};
  static final String GRADES = "ABCD";

  public static void main(String[] args) throws Exception {
    int customers = Integer.getInteger("benchmark.customers", 100_000);
    int runs = Integer.getInteger("benchmark.runs", 3);
    double staleShare = Double.parseDouble(System.getProperty("benchmark.stale-share", "0.02"));
    String jdbcUrl = System.getProperty("benchmark.jdbc-url");

    EmbeddedPostgres embedded = null;
    Map<String, Object> props = new HashMap<>();
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      props.put("spring.datasource.url", embedded.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
      props.put("spring.datasource.username", "postgres");
      props.put("spring.datasource.password", "");
    } else {
      props.put("spring.datasource.url", jdbcUrl);
      props.put("spring.datasource.username", System.getProperty("benchmark.user", "postgres"));
      props.put("spring.datasource.password", System.getProperty("benchmark.password", ""));
    }
    props.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    props.put("server.port", "0");
    props.put("camunda.bpm.job-execution.enabled", "true");
    props.put("crm.scheduling.enabled", "false");
    props.put("crm.mail.enabled", "false");
    // a throwaway data keyset: on PostgreSQL the application refuses to start without one
    props.put("crm.data.keyset", com.crmflow.platform.crypto.Keysets.toJson(com.crmflow.platform.crypto.Keysets.generate()));
    props.put("logging.level.root", "WARN");
    props.put("logging.level.com.crmflow.benchmark", "INFO");

    // as command-line arguments: they win over config/application.yaml
    String[] arguments = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmProcessApplication.class)
        .profiles("demo").run(arguments);
    try {
      new GradingBenchmark(app).run(customers, runs, staleShare);
    } finally {
      app.close();
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private final JdbcTemplate jdbc;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final GradingRunRepository runs;
  private final ChunkGrading grading;
  private final OwnerViolations violations;

  GradingBenchmark(ConfigurableApplicationContext app) {
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.managementService = app.getBean(ManagementService.class);
    this.runtimeService = app.getBean(RuntimeService.class);
    this.taskService = app.getBean(TaskService.class);
    this.identityService = app.getBean(IdentityService.class);
    this.runs = app.getBean(GradingRunRepository.class);
    this.grading = app.getBean(ChunkGrading.class);
    this.violations = app.getBean(OwnerViolations.class);
  }

  record Result(int run, long gradingMillis, long applyMillis, long peakHeapBytes, int graded, int chunks, int changed,
      int ownerChanges) {}

  void run(int customers, int runCount, double staleShare) throws IOException, InterruptedException {
    log("machine: " + machine());
    long t = System.nanoTime();
    int stale = load(customers, staleShare);
    log(String.format("loaded %,d customers (%,d with a stale grade) in %.1f s", customers, stale, seconds(t)));

    List<Result> results = new ArrayList<>();
    for (int i = 1; i <= runCount; i++) {
      reset();
      results.add(measure(i));
      Result r = results.get(results.size() - 1);
      log(String.format("run %d: regrading %.1f s, review → applied + handover tasks %.1f s, peak heap %d MB,"
          + " %,d graded in %d chunks, %,d changed, %,d new owners", r.run(), r.gradingMillis() / 1000.0,
          r.applyMillis() / 1000.0, r.peakHeapBytes() >> 20, r.graded(), r.chunks(), r.changed(), r.ownerChanges()));
    }
    String report = report(customers, results);
    System.out.println(report);
    Files.writeString(Path.of("target", "grading-benchmark.md"), report);
  }

  // ---------------------------------------------------------------------------------------------- data

  /** Customers with indicators from a fixed seed; returns how many got a stale grade. */
  int load(int customers, double staleShare) {
    jdbc.update("UPDATE crm_customer SET status = 'INACTIVE'"); // the demo customers take no part
    Random random = new Random(20260401);
    int[] perGrade = new int[4];
    int stale = 0;
    List<Object[]> batch = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    int[] types = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.INTEGER,
        Types.NUMERIC, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.TIMESTAMP};
    for (int i = 1; i <= customers; i++) {
      BigDecimal amount = BigDecimal.valueOf(Math.min(5000, Math.exp(4 + 1.5 * random.nextGaussian())))
          .setScale(2, RoundingMode.HALF_UP);
      BigDecimal profit = amount.multiply(BigDecimal.valueOf(random.nextDouble() * 0.35 - 0.05))
          .setScale(2, RoundingMode.HALF_UP);
      int frequency = random.nextInt(40);
      int years = random.nextInt(20);
      int growth = 1 + random.nextInt(5);
      int influence = 1 + random.nextInt(5);
      int grade = GRADES.indexOf(expectedGrade(amount, frequency, profit, years, growth, influence));
      if (random.nextDouble() < staleShare) {
        grade = (grade + 1 + random.nextInt(3)) % 4;
        stale++;
      }
      String owner = OWNERS[grade][perGrade[grade]++ % OWNERS[grade].length];
      batch.add(new Object[] {"基准客户" + i, "对外贸易", owner, String.valueOf(GRADES.charAt(grade)), amount, frequency,
          profit, years, growth, influence, now});
      if (batch.size() == 5000 || i == customers) {
        jdbc.batchUpdate("INSERT INTO crm_customer (name, industry, owner, grade, annual_purchase_amount,"
            + " purchase_frequency, profit_contribution, cooperation_years, growth_potential, market_influence,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch, types);
        batch.clear();
      }
    }
    jdbc.execute("CREATE TABLE bench_snapshot AS SELECT id, grade, owner FROM crm_customer WHERE status = 'ACTIVE'");
    jdbc.execute("ANALYZE");
    return stale;
  }

  /** The grade processes/customer-grading.dmn gives as shipped (bands, weights, boundaries copied from it). */
  static String expectedGrade(BigDecimal amount, int frequency, BigDecimal profit, int years, int growth,
      int influence) {
    double a = amount.doubleValue();
    double p = profit.doubleValue();
    int as = a >= 1000 ? 100 : a >= 500 ? 85 : a >= 200 ? 70 : a >= 50 ? 50 : a >= 10 ? 30 : 10;
    int fs = frequency >= 24 ? 100 : frequency >= 12 ? 80 : frequency >= 6 ? 60 : frequency >= 2 ? 40
        : frequency >= 1 ? 20 : 0;
    int ps = p >= 200 ? 100 : p >= 100 ? 85 : p >= 40 ? 70 : p >= 10 ? 50 : p >= 0 ? 30 : 0;
    int ys = years >= 10 ? 100 : years >= 5 ? 80 : years >= 3 ? 60 : years >= 1 ? 40 : 20;
    int gs = level(growth);
    int ms = level(influence);
    // in hundredths: 25 % + 25 % + 10 % + 10 % + 15 % + 15 %
    int score = 25 * as + 25 * ps + 10 * fs + 10 * ys + 15 * gs + 15 * ms;
    return score >= 8500 ? "A" : score >= 7000 ? "B" : score >= 5000 ? "C" : "D";
  }

  private static int level(int v) {
    return v >= 5 ? 100 : v == 4 ? 80 : v == 3 ? 60 : v == 2 ? 40 : 20;
  }

  /** Grades and owners as loaded; earlier runs' open handovers removed. */
  void reset() {
    for (var pi : runtimeService.createProcessInstanceQuery().processDefinitionKey(GradingVariables.PROCESS_KEY).list()) {
      runtimeService.deleteProcessInstance(pi.getId(), "benchmark reset", true, true);
    }
    jdbc.update("UPDATE crm_customer c SET grade = s.grade, owner = s.owner FROM bench_snapshot s WHERE s.id = c.id"
        + " AND (c.grade IS DISTINCT FROM s.grade OR c.owner IS DISTINCT FROM s.owner)");
    System.gc();
  }

  // ---------------------------------------------------------------------------------------------- one run

  Result measure(int number) throws InterruptedException {
    HeapSampler heap = new HeapSampler();
    heap.start();
    Job timer = managementService.createJobQuery().processDefinitionKey(GradingVariables.SCHEDULE_PROCESS_KEY)
        .timers().singleResult();
    long start = System.nanoTime();
    // the timer's job, as the job executor would run it at the start of a quarter: it starts customer-grading,
    // which creates the run and one job per chunk for the job executor
    managementService.executeJob(timer.getId());
    GradingRun run = runs.findAll().stream().max(java.util.Comparator.comparing(GradingRun::getId)).orElseThrow();
    String pi = run.getProcessInstanceId();
    Task review = waitFor(() -> taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(GradingVariables.TASK_REVIEW).singleResult(), pi);
    long graded = System.nanoTime();

    // crm-dept approves everything: the listed changes (all checked in the form), the rest together
    String checked = taskService.getVariableLocal(review.getId(), GradingVariables.APPROVED_CHANGES.getName()).toString();
    identityService.setAuthentication("wuxia", List.of("crm-dept"));
    long reviewed = System.nanoTime();
    try {
      taskService.complete(review.getId(), Map.of(GradingVariables.APPROVED_CHANGES.getName(), SpinValues.jsonValue(checked).create(),
          CustomerGradingReviewForm.REMAINING_DECISION, GradingReview.APPROVE));
    } finally {
      identityService.clearAuthentication();
    }
    GradingRun done = waitFor(() -> {
      GradingRun r = runs.findById(run.getId()).orElseThrow();
      if (!GradingRun.COMPLETED.equals(r.getStatus())) {
        return null;
      }
      long tasks = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(GradingVariables.TASK_HANDOVER)
          .count();
      return tasks == r.getOwnerChangeCount() ? r : null;
    }, pi);
    long applied = System.nanoTime();
    heap.finish();

    // the invariant holds after the run
    int violationCount = violations.check(10).total();
    if (violationCount != 0) {
      throw new IllegalStateException(violationCount + " owner violations after run " + number);
    }
    int results = grading.count(run.getId(), GradingResult.APPLIED) + grading.count(run.getId(), GradingResult.UNCHANGED);
    if (results != done.getCustomerCount()) {
      throw new IllegalStateException("expected a result per customer, got " + results);
    }
    return new Result(number, (graded - start) / 1_000_000, (applied - reviewed) / 1_000_000, heap.peak(),
        done.getCustomerCount(), done.getChunkCount(), done.getChangedCount(), done.getOwnerChangeCount());
  }

  interface Probe<T> {
    T get();
  }

  /** Polls until the probe answers; fails on an incident (a job out of retries). */
  <T> T waitFor(Probe<T> probe, String processInstanceId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      Job failed = managementService.createJobQuery().processInstanceId(processInstanceId).noRetriesLeft()
          .singleResult();
      if (failed != null) {
        throw new IllegalStateException("job failed: " + failed.getExceptionMessage());
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("timed out");
  }

  /** The highest heap use seen, sampled every 20 ms. */
  static final class HeapSampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;

    HeapSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() throws InterruptedException {
      running = false;
      join();
    }

    long peak() {
      return peak.get();
    }
  }

  // ---------------------------------------------------------------------------------------------- report

  String report(int customers, List<Result> results) {
    StringBuilder md = new StringBuilder();
    md.append("| run | regrading (timer → review task) | review → grades applied, handover tasks created |")
        .append(" total | peak heap | graded | chunks | changed grades | new owners |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      md.append(String.format("| %d | %.1f s | %.1f s | %.1f s | %d MB | %,d | %d | %,d | %,d |%n", r.run(),
          r.gradingMillis() / 1000.0, r.applyMillis() / 1000.0, (r.gradingMillis() + r.applyMillis()) / 1000.0,
          r.peakHeapBytes() >> 20, r.graded(), r.chunks(), r.changed(), r.ownerChanges()));
    }
    md.append(String.format("| **median** | **%.1f s** | **%.1f s** | **%.1f s** | **%d MB** | | | | |%n",
        median(results.stream().mapToLong(Result::gradingMillis).toArray()) / 1000.0,
        median(results.stream().mapToLong(Result::applyMillis).toArray()) / 1000.0,
        median(results.stream().mapToLong(r -> r.gradingMillis() + r.applyMillis()).toArray()) / 1000.0,
        median(results.stream().mapToLong(Result::peakHeapBytes).toArray()) >> 20));
    md.append(String.format("%n%,d customers; max heap %d MB; %s%n", customers,
        Runtime.getRuntime().maxMemory() >> 20, machine()));
    return md.toString();
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  String machine() {
    String cpu = "?";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
    } catch (IOException ignored) {
      // not Linux
    }
    var os = ManagementFactory.getOperatingSystemMXBean();
    long ram = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() >> 30 : -1;
    String pg = jdbc.queryForObject("SHOW server_version", String.class);
    return String.format("%s, %d CPUs, %d GB RAM, %s %s, Java %s, PostgreSQL %s, job executor: Camunda defaults",
        cpu, Runtime.getRuntime().availableProcessors(), ram, System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("java.version"), pg);
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void log(String message) {
    System.out.println("[grading-benchmark] " + message);
  }
}
