package com.crmflow.platform.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every PostgreSQL connection of the application runs without JIT compilation ({@code jit=off}) and with parallel
 * plans where their cost says so, for large queries only (see below), set as the driver's connection option. The
 * statements whose plans depend on their parameters (Camunda's authorization checks) are planned per execution by
 * {@link AuthorizationChecksPlannedPerExecution}; until issue 9 this class set
 * {@code plan_cache_mode=force_custom_plan} for every statement, which planned the simple ones again on every
 * execution as well (about half of PostgreSQL's CPU for a task submission).
 *
 * <p>JIT: the estimated cost of a staff user's task list with authorization checks exceeds PostgreSQL's
 * {@code jit_above_cost}, so the server compiled the query to machine code on every execution — about 22 ms of a
 * 156 ms list at 5 000 open tasks (benchmarks/README.md "Scale"), for queries that run for milliseconds. JIT pays
 * off for long analytical queries, which this application does not send.
 *
 * <p>Parallel plans are weighed by cost alone, for tables of any size, but with a ten times higher start-up cost
 * ({@code parallel_setup_cost=10000}, {@code min_parallel_table_scan_size=0}, {@code min_parallel_index_scan_size=0}).
 * Camunda's task page is a {@code SELECT DISTINCT … ORDER BY … LIMIT}: PostgreSQL 16 stops it after 15 rows in a
 * serial plan, PostgreSQL 15 only in a parallel one (incremental sort below Gather Merge). Measured on the same data
 * (issue 9, perf-tasklist): at 100 000 open tasks of a group PostgreSQL 16 started two workers per page (24-42 ms)
 * where the serial plan takes 0.6-5.9 ms; at 5 096 PostgreSQL 15 sorted all of them per page (75-142 ms, the table
 * below the default minimum size for parallel scans) where the parallel plan takes 7-11 ms. The filter count over
 * all tasks stays parallel. When no worker is free the leader runs the same plan alone and still stops early. A
 * connection URL that sets {@code options} itself is left alone.
 *
 * <p>Batched inserts are sent as one multi-row {@code INSERT} ({@code reWriteBatchedInserts=true} on the pooled
 * (Hikari) data sources, unless their URL or data source properties set it): Camunda flushes the rows a command
 * wrote as JDBC batches grouped by statement (e.g. the history details of a submitted form, the variables and timers
 * of an intake), and the driver otherwise executes each row as a statement of its own. The engine does not read the
 * row counts of its inserts (CAM-10990, for this option), and the application's own batches (grading results) do
 * not either.
 */
@Component
public class PostgresCustomPlans implements BeanPostProcessor {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostgresCustomPlans.class);

  static final String OPTIONS = "-c jit=off -c parallel_setup_cost=10000"
      + " -c min_parallel_table_scan_size=0 -c min_parallel_index_scan_size=0";

  static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari) {
      String url = hikari.getJdbcUrl();
      boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
      if (postgres) {
        rewriteBatchedInserts(hikari, beanName);
      }
      if (postgres && !url.contains("options=") && !hikari.getDataSourceProperties().containsKey("options")) {
        hikari.addDataSourceProperty("options", OPTIONS);
        LOG.info("PostgreSQL connections of {}: {}", beanName, OPTIONS);
      } else {
        LOG.info("Data source {} left as configured: {}", beanName, url);
      }
    } else if (bean.getClass().getName().startsWith("org.postgresql.ds.")) {
      // the driver's own DataSource (PGSimpleDataSource …; the driver is a runtime dependency only)
      BeanWrapper postgres = PropertyAccessorFactory.forBeanPropertyAccess(bean);
      if (postgres.isWritableProperty("options") && postgres.getPropertyValue("options") == null) {
        postgres.setPropertyValue("options", OPTIONS);
      }
    }
    return bean;
  }

  private static void rewriteBatchedInserts(HikariDataSource hikari, String beanName) {
    if (hikari.getJdbcUrl().contains(REWRITE_BATCHED_INSERTS + "=")
        || hikari.getDataSourceProperties().containsKey(REWRITE_BATCHED_INSERTS)) {
      return;
    }
    hikari.addDataSourceProperty(REWRITE_BATCHED_INSERTS, "true");
    LOG.info("PostgreSQL connections of {}: batched inserts as multi-row INSERT", beanName);
  }
}
