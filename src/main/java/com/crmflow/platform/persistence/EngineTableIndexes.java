package com.crmflow.platform.persistence;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's own schema lacks for statements it runs on every task completion (issue 9).
 *
 * <p>Completing a task looks for its sub-tasks ({@code TaskManager.deleteTask}: {@code select * from ACT_RU_TASK
 * where PARENT_TASK_ID_ = ?}), and Camunda 7.24 has no index on that column (the same gap is reported upstream,
 * camunda/camunda#36824). Every completion therefore reads the whole task table: with 14 000 open tasks this one
 * statement took up to 50 ms under load, at 100 000 it grows with the table. With the index it is one lookup.
 *
 * <p>Created once per database when the application is ready, after the engine has created or checked its schema;
 * on PostgreSQL {@code CONCURRENTLY}, so that a large task table keeps taking writes while it is built (a build that
 * was interrupted leaves an invalid index, which is dropped and built again at the next start). Two nodes starting
 * together may both try; the loser logs it. A database whose schema is managed by hand needs the statement of
 * {@link #INDEXES} too (docs/operations.md).
 */
@Component
public class EngineTableIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(EngineTableIndexes.class);

  /** Index name → table and column list, all of Camunda's runtime schema. */
  record EngineIndex(String name, String table, String columns) {
  }

  static final List<EngineIndex> INDEXES = List.of(
      new EngineIndex("crm_idx_task_parent", "act_ru_task", "parent_task_id_"));

  private final JdbcTemplate jdbc;

  public EngineTableIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    boolean postgres = product != null && product.toLowerCase(Locale.ROOT).startsWith("postgresql");
    for (EngineIndex index : INDEXES) {
      try {
        if (postgres) {
          ensureOnPostgres(index);
        } else {
          jdbc.execute("CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + index.table() + " (" + index.columns()
              + ")");
        }
      } catch (DataAccessException failed) {
        // the application works without it, only slower: never stop the start for it
        LOG.warn("Index {} on {} not created: {}", index.name(), index.table().toUpperCase(Locale.ROOT),
            failed.getMostSpecificCause().getMessage());
      }
    }
  }

  private void ensureOnPostgres(EngineIndex index) {
    List<Boolean> valid = jdbc.queryForList("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = ? AND n.nspname = current_schema()",
        Boolean.class, index.name());
    if (!valid.isEmpty() && Boolean.TRUE.equals(valid.get(0))) {
      return;
    }
    if (!valid.isEmpty()) {
      LOG.info("Index {} is invalid (an interrupted build): dropped and built again", index.name());
      jdbc.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index.name());
    }
    long started = System.nanoTime();
    // CONCURRENTLY cannot run inside a transaction: JdbcTemplate's statement runs in auto-commit here
    jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + index.name() + " ON " + index.table() + " ("
        + index.columns() + ")");
    LOG.info("Index {} on {}({}) created in {} ms", index.name(), index.table().toUpperCase(Locale.ROOT),
        index.columns().toUpperCase(Locale.ROOT), (System.nanoTime() - started) / 1_000_000);
  }
}
