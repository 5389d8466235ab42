package com.crmflow.platform.persistence;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL plan Camunda's authorization checks as indexed lookups (issue 9).
 *
 * <p>Every query of a staff user (Tasklist's task lists, history, instances) joins the user's authorizations with a
 * condition of the form {@code A.PERMS_ & 2 = 2} and {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. PostgreSQL
 * has no statistics for a bit test and guesses that 0.5 % of the rows pass, i.e. a handful of authorizations, where
 * a group working 4 000 open tasks has 4 000 (Camunda writes one per task). With that guess it compares every task
 * with every authorization: a Tasklist list of 15 rows took 1.5 s at 4 000 open tasks (16 million comparisons,
 * growing with the square of the open tasks). Statistics on the expressions themselves (PostgreSQL 14+, {@code
 * CREATE STATISTICS … ON (perms_ & 2)}) give the true share; the planner then looks each task's authorizations up
 * in {@code ACT_IDX_AUTH_RESOURCE_ID} and stops after the page: 53 ms at 4 000 and 9 ms at 100 000 open tasks
 * (benchmarks/README.md, "Scale").
 *
 * <p>Created once per database at start ({@code IF NOT EXISTS}; a second node starting at the same moment may lose the
 * race, which is harmless) and filled by {@code ANALYZE}. Statistics are only as good as their last {@code ANALYZE}:
 * autovacuum renews them, but it may be switched off or lag behind a burst of new tasks, and with statistics from
 * a nearly empty table the old plan comes back. The same holds for the tables the task list joins: with
 * {@code ACT_RU_TASK} and {@code ACT_RU_IDENTITYLINK} never analysed (autovacuum off, 5 000 tasks created since the
 * start) PostgreSQL estimated one task and one candidate link, joined every task with every link of the group (25
 * million comparisons) and took 3.3 s of CPU per list of 15 rows; analysed, 60 ms (issue 9, perf-tasklist). So
 * every {@code crm.persistence.analyze-check} (default 30 s) the changes since the last analysis of each table in
 * {@link #WATCHED_TABLES} are read from {@code pg_stat_user_tables}; more than a fifth of its rows (and at least
 * 500) → {@code ANALYZE} of that table (about 0.1 s per 100 000 rows). Nothing is done on other databases (H2, the
 * zero-setup default).
 */
@Component
public class AuthorizationQueryStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationQueryStatistics.class);

  /**
   * The permission bits Camunda tests in query authorization checks: READ (2; task, instance, definition …),
   * READ_TASK (64), READ_INSTANCE (512), READ_HISTORY (4096), READ_HISTORY_VARIABLE (4194304).
   */
  static final List<Integer> QUERIED_BITS = List.of(2, 64, 512, 4096, 4194304);

  /** Rows changed since the last ANALYZE, as a share of the table, from which the statistics count as stale. */
  static final double STALE_SHARE = 0.2;
  static final long STALE_MIN_ROWS = 500;

  /**
   * The tables of Camunda's task queries with authorization checks (Tasklist's lists and counts): the
   * authorizations, the tasks, their candidate links, and the executions and variables Tasklist reads with them.
   */
  static final List<String> WATCHED_TABLES = List.of("act_ru_authorization", "act_ru_task", "act_ru_identitylink",
      "act_ru_execution", "act_ru_variable");

  private final JdbcTemplate jdbc;
  private volatile boolean postgres;

  public AuthorizationQueryStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * ANALYZE of each watched table with many rows changed since its last analysis (see the class comment); true if
   * any was analysed.
   */
  @Scheduled(fixedDelayString = "${crm.persistence.analyze-check:PT30S}",
      initialDelayString = "${crm.persistence.analyze-check:PT30S}")
  public boolean analyzeIfStale() {
    return !analyzeStale().isEmpty();
  }

  /** The watched tables analysed now because many of their rows changed since their last analysis. */
  List<String> analyzeStale() {
    if (!postgres) {
      return List.of();
    }
    List<String> stale = jdbc.queryForList("SELECT s.relname FROM pg_stat_user_tables s"
        + " JOIN pg_class c ON c.oid = s.relid WHERE s.relname = ANY (?) AND s.schemaname = current_schema()"
        + " AND s.n_mod_since_analyze > greatest(?, ? * greatest(c.reltuples, 0)) ORDER BY s.relname", String.class,
        WATCHED_TABLES.toArray(new String[0]), STALE_MIN_ROWS, STALE_SHARE);
    for (String table : stale) {
      if (!WATCHED_TABLES.contains(table)) {
        continue; // only names of our own list reach ANALYZE
      }
      jdbc.execute("ANALYZE " + table);
      LOG.info("{} analysed: many rows changed since its last analysis", table.toUpperCase(Locale.ROOT));
    }
    return stale;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
        + c.getMetaData().getDatabaseMajorVersion());
    if (product == null || !product.toLowerCase(Locale.ROOT).startsWith("postgresql")) {
      return;
    }
    int major = Integer.parseInt(product.substring(product.lastIndexOf(' ') + 1));
    if (major < 14) {
      LOG.warn("PostgreSQL {} has no expression statistics (14+): Camunda's task lists of staff users slow down with "
          + "the square of the open tasks", major);
      return;
    }
    if (major < 16) {
      LOG.warn("PostgreSQL {}: a staff user's Tasklist page stops after its 15 rows only in a parallel plan (Camunda's "
          + "SELECT DISTINCT; serially from PostgreSQL 16 on), which needs free parallel workers to be quick under "
          + "load (max_worker_processes, max_parallel_workers); PostgreSQL 16 is recommended (docs/operations.md)",
          major);
    }
    postgres = true;
    int created = 0;
    for (int bit : QUERIED_BITS) {
      String name = "crm_auth_perms_" + bit;
      Integer exists = jdbc.queryForObject("SELECT count(*) FROM pg_statistic_ext WHERE stxname = ?", Integer.class,
          name);
      if (exists != null && exists > 0) {
        continue;
      }
      try {
        jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + name + " ON (perms_ & " + bit + ") FROM act_ru_authorization");
        created++;
      } catch (DataAccessException raced) {
        LOG.info("Statistics {} not created here (another node did at the same moment?): {}", name,
            raced.getMostSpecificCause().getMessage());
      }
    }
    if (created > 0) {
      jdbc.execute("ANALYZE act_ru_authorization");
      LOG.info("Expression statistics on ACT_RU_AUTHORIZATION.PERMS_ created ({}) and analysed", created);
    }
  }
}
