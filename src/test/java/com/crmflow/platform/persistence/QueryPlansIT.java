package com.crmflow.platform.persistence;

import com.crmflow.testsupport.it.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What keeps the busiest queries indexed as the data grows (issue 9, benchmarks/README.md "Scale"): PostgreSQL knows
 * how many authorizations pass Camunda's permission bit tests (AuthorizationQueryStatistics), so that it plans staff
 * users' task lists as indexed lookups, and the tables of those lists are analysed again after bursts of changes; a
 * customer search by part of the name can use the trigram index.
 */
@IntegrationTest
class QueryPlansIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired com.crmflow.platform.persistence.AuthorizationQueryStatistics statistics;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;
  @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;

  private double estimatedRows(String where) throws Exception {
    jdbc.execute("ANALYZE act_ru_authorization");
    String plan = jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT * FROM act_ru_authorization WHERE " + where,
        String.class);
    JsonNode root = new ObjectMapper().readTree(plan);
    return root.get(0).path("Plan").path("Plan Rows").asDouble();
  }

  @Test
  void thePlannerEstimatesTheBitTestsOfAuthorizationChecksFromStatistics() throws Exception {
    assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE 'crm_auth_perms_%'",
        String.class)).containsExactlyInAnyOrder("crm_auth_perms_2", "crm_auth_perms_64", "crm_auth_perms_512",
        "crm_auth_perms_4096", "crm_auth_perms_4194304");

    int actual = jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization WHERE perms_ & 2 = 2", Integer.class);
    int total = jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization", Integer.class);
    assertThat(actual).as("most authorizations grant READ").isGreaterThan(total / 2);
    // without the statistics PostgreSQL assumes 0.5 % of the rows for "perms_ & 2 = 2"
    assertThat(estimatedRows("perms_ & 2 = 2")).isBetween(actual * 0.7, actual * 1.3);
  }

  /**
   * Camunda checks REVOKE authorizations in queries only while one exists for the user or her groups
   * ({@code authorizationCheckRevokes=auto}, the default): otherwise a staff user's task list joins her grants
   * directly; with one it becomes a correlated sub-select per task, much slower. The application grants only (a
   * withdrawn grant is deleted, OrganizationLoader.revoke), so the lists stay on the join. "never" would save one
   * indexed look-up per command (0.04 ms measured) but would let lists ignore a REVOKE an administrator creates in
   * Camunda Admin, so the default stays.
   */
  @Test
  void noRevokeAuthorizationExistsSoStaffListsJoinTheirGrants() {
    assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualTo("auto");
    assertThat(authorizationService.createAuthorizationQuery()
        .authorizationType(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE).count())
        .as("REVOKE authorizations (the organisation loader and the engine write grants only)").isZero();
  }

  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;

  /** No JIT compilation on any connection (PostgresCustomPlans); the plan cache as PostgreSQL's default. */
  @Test
  void everyConnectionRunsWithoutJit() {
    for (int i = 0; i < 3; i++) {
      assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
      assertThat(jdbc.queryForObject("SHOW parallel_setup_cost", String.class)).isEqualTo("10000");
      assertThat(jdbc.queryForObject("SHOW min_parallel_index_scan_size", String.class)).isEqualTo("0");
      assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("auto");
    }
  }

  /**
   * Generic plans would ignore the statistics: Camunda's authorization checks are never server-prepared statements
   * (AuthorizationChecksPlannedPerExecution), so each execution is planned for its parameters — while an ordinary
   * statement becomes one after its fifth execution on a connection, as the driver does by default.
   */
  @Test
  void authorizationChecksAreNeverServerPrepared() {
    java.util.List<String> prepared = new TransactionTemplate(transactions).execute(status -> {
      identityService.setAuthentication("huangfang", java.util.List.of("cs-specialist"));
      try {
        for (int i = 0; i < 10; i++) {
          assertThat(repositoryService.createProcessDefinitionQuery().count()).isPositive();
          jdbc.queryForObject("SELECT count(*) FROM act_re_procdef WHERE key_ <> ?", Integer.class, "crm-control");
        }
      } finally {
        identityService.clearAuthentication();
      }
      // the same connection: the engine joined this transaction
      return jdbc.queryForList("SELECT statement FROM pg_prepared_statements", String.class);
    });
    assertThat(prepared).as("the control statement was server-prepared").anyMatch(s -> s.contains("crm-control")
        || s.contains("act_re_procdef WHERE key_ <>"));
    assertThat(prepared).as("Camunda's authorization joins")
        .noneMatch(AuthorizationChecksPlannedPerExecution.Unprepared::checksAuthorizations)
        .noneMatch(s -> s.contains("AUTH ON"));
  }

  /**
   * Autovacuum may be off or late: after a burst of new authorizations the application analyses the table itself
   * (here with autovacuum switched off for the table, so that nothing else can have done it).
   */
  @Test
  void afterABurstOfNewAuthorizationsTheTableIsAnalysedAgain() {
    afterABurstTheTableIsAnalysedAgain("act_ru_authorization",
        "INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
        + " SELECT 'qp-' || g, 1, 1, 'query-plans-it', 7, 'qp-task-' || g, 16386 FROM generate_series(1, ?) g",
        "DELETE FROM act_ru_authorization WHERE group_id_ = 'query-plans-it'");
  }

  /**
   * The same for the candidate links the group task lists join: never analysed, PostgreSQL took 5 000 links of a
   * group for one and compared every task with every link (3.3 s of CPU per list instead of 60 ms, issue 9).
   */
  @Test
  void afterABurstOfNewCandidateLinksTheTableIsAnalysedAgain() {
    afterABurstTheTableIsAnalysedAgain("act_ru_identitylink",
        "INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_)"
        + " SELECT 'qp-' || g, 1, 'query-plans-it', 'candidate' FROM generate_series(1, ?) g",
        "DELETE FROM act_ru_identitylink WHERE group_id_ = 'query-plans-it'");
  }

  private void afterABurstTheTableIsAnalysedAgain(String table, String insert, String cleanUp) {
    jdbc.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
    try {
      for (String watched : AuthorizationQueryStatistics.WATCHED_TABLES) {
        jdbc.execute("ANALYZE " + watched);
      }
      assertThat(statistics.analyzeIfStale()).as("just analysed").isFalse();
      java.sql.Timestamp burstAt = jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class);
      int before = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
      int burst = Math.max(600, before); // more than a fifth of the table and more than 500 rows
      new TransactionTemplate(transactions).executeWithoutResult(s -> jdbc.update(insert, burst));
      // the statistics collector reports the changes asynchronously; the scheduled check may come first
      long deadline = System.currentTimeMillis() + 30_000;
      while (!analysedSince(table, burstAt) && System.currentTimeMillis() < deadline) {
        if (!statistics.analyzeIfStale()) {
          sleep(200);
        }
      }
      assertThat(analysedSince(table, burstAt)).as("%s analysed after %d new rows", table, burst).isTrue();
      double reltuples = jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = ?", Double.class, table);
      assertThat(reltuples).isGreaterThanOrEqualTo(before + burst);
    } finally {
      jdbc.update(cleanUp);
      jdbc.execute("ALTER TABLE " + table + " RESET (autovacuum_enabled)");
    }
  }

  private boolean analysedSince(String table, java.sql.Timestamp t) {
    jdbc.execute("SELECT pg_stat_clear_snapshot()");
    Boolean after = jdbc.queryForObject("SELECT coalesce(last_analyze >= ?, false) FROM pg_stat_user_tables"
        + " WHERE relname = ?", Boolean.class, t, table);
    return Boolean.TRUE.equals(after);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * PostgreSQL never indexes a referencing column by itself: without an index, reading a record's children (a
   * complaint's attachments on every task of it) scans the child table, and deleting a parent scans every child
   * table. Every foreign key of our tables (Camunda's own schema aside) leads an index (V26 and the migrations since).
   */
  @Test
  void everyForeignKeyOfOurTablesHasAnIndex() {
    java.util.List<String> unindexed = jdbc.queryForList("SELECT c.conrelid::regclass || '.' || a.attname"
        + " FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
        + " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
        + " WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname NOT LIKE 'act\\_%'"
        + " AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])"
        + " ORDER BY 1", String.class);
    int foreignKeys = jdbc.queryForObject("SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
        + " WHERE c.contype = 'f' AND t.relname LIKE 'crm\\_%'", Integer.class);
    assertThat(foreignKeys).as("foreign keys of our tables").isGreaterThan(25);
    assertThat(unindexed).as("foreign keys without an index led by their column").isEmpty();
  }

  @Autowired EngineTableIndexes engineTableIndexes;

  /**
   * Completing a task looks for its sub-tasks by {@code PARENT_TASK_ID_}, which Camunda's schema does not index: a
   * scan of every open task on each completion (7 ms at 14 000 open tasks). The application's index makes it a
   * lookup; dropped (e.g. by a schema managed by hand), it is built again at the next start.
   */
  @Test
  void theSubTaskLookupOfEveryCompletionUsesAnIndex() {
    assertThat(subTaskLookupPlan()).contains("crm_idx_task_parent").doesNotContain("Seq Scan");
    jdbc.execute("DROP INDEX crm_idx_task_parent");
    try {
      assertThat(subTaskLookupPlan()).doesNotContain("crm_idx_task_parent");
    } finally {
      engineTableIndexes.ensure();
    }
    assertThat(subTaskLookupPlan()).contains("crm_idx_task_parent");
    assertThat(jdbc.queryForObject("SELECT bool_and(i.indisvalid) FROM pg_index i JOIN pg_class c"
        + " ON c.oid = i.indexrelid WHERE c.relname = 'crm_idx_task_parent'", Boolean.class)).isTrue();
  }

  private String subTaskLookupPlan() {
    // Camunda's statement (TaskManager.findTasksByParentTaskId); with the few tasks of a test database a scan is
    // cheaper, so it is switched off to see whether an index applies at all
    return new TransactionTemplate(transactions).execute(s -> {
      jdbc.execute("SET LOCAL enable_seqscan = off");
      return String.join("\n", jdbc.queryForList(
          "EXPLAIN select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?", String.class, "no-such-task"));
    });
  }

  @Test
  void aSearchByPartOfTheNameCanUseTheTrigramIndex() {
    // the shape Hibernate sends for GET /api/customers?name=… (CustomerController.search); with a handful of demo
    // customers a sequential scan is cheaper, so it is switched off to see whether the index applies at all
    String plan = new TransactionTemplate(transactions).execute(s -> {
      jdbc.execute("SET LOCAL enable_seqscan = off");
      return String.join("\n", jdbc.queryForList(
          "EXPLAIN SELECT id FROM crm_customer WHERE lower(name) LIKE ? ESCAPE '\\'", String.class, "%物流%"));
    });
    assertThat(plan).contains("ix_customer_name_trgm");
  }
}
