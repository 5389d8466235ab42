package com.crmflow.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.crmflow.testsupport.it.IntegrationTest;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fewer statements per command (issue 9, benchmarks/README.md "Where the CPU goes"): the rows of one kind that a
 * command writes reach PostgreSQL as one multi-row INSERT (PostgresCustomPlans), and an assignment writes no
 * task-worker metric (config/application.yaml {@code taskMetricsEnabled}).
 */
@IntegrationTest
class EngineStatementsIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @Test
  void aBatchOfInsertsIsSentAsOneMultiRowInsert() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      jdbc.execute("CREATE TEMP TABLE crm_batch_probe (id int PRIMARY KEY) ON COMMIT DROP");
      int[] counts = jdbc.batchUpdate("INSERT INTO crm_batch_probe (id) VALUES (?)",
          List.of(new Object[] {1}, new Object[] {2}, new Object[] {3}, new Object[] {4}));
      // row by row the driver reports 1 per row; a rewritten batch cannot say which row each count belongs to
      assertThat(counts).hasSize(4).containsOnly(Statement.SUCCESS_NO_INFO);
      assertThat(jdbc.queryForList("SELECT id FROM crm_batch_probe ORDER BY id", Integer.class))
          .containsExactly(1, 2, 3, 4);
    });
  }

  @Test
  void aFailingRowOfARewrittenBatchWritesNoneOfIt() {
    List<Integer> kept = new TransactionTemplate(transactions).execute(status -> {
      jdbc.execute("CREATE TEMP TABLE crm_batch_probe2 (id int PRIMARY KEY) ON COMMIT DROP");
      jdbc.update("INSERT INTO crm_batch_probe2 (id) VALUES (3)");
      jdbc.execute("SAVEPOINT before_batch");
      assertThat(catchThrowable(() -> jdbc.batchUpdate(
          "INSERT INTO crm_batch_probe2 (id) VALUES (?)",
          List.of(new Object[] {1}, new Object[] {2}, new Object[] {3}, new Object[] {4}))))
          .as("the duplicate key is reported").isNotNull();
      jdbc.execute("ROLLBACK TO SAVEPOINT before_batch");
      return jdbc.queryForList("SELECT id FROM crm_batch_probe2 ORDER BY id", Integer.class);
    });
    assertThat(kept).containsExactly(3);
  }

  @Test
  void severalVariablesSetInOneCommandAreAllWrittenWithTheirHistory() {
    withStandaloneTask("批量写入检查", taskId -> {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 1; i <= 5; i++) {
        values.put("probe" + i, "值" + i);
      }
      taskService.setVariablesLocal(taskId, values);

      assertThat(taskService.getVariablesLocal(taskId)).isEqualTo(values);
      assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(taskId).count()).isEqualTo(5);
      assertThat(historyService.createHistoricDetailQuery().taskId(taskId).variableUpdates().count()).isEqualTo(5);
    });
  }

  @Test
  void aClaimWritesNoTaskWorkerMetric() {
    withStandaloneTask("认领检查", taskId -> {
      taskService.claim(taskId, "huangfang");
      taskService.setAssignee(taskId, "wuxia");

      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("wuxia");
      assertThat(managementService.getUniqueTaskWorkerCount(null, null)).isZero();
      assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_task_meter_log", Long.class)).isZero();
    });
  }

  /** A task outside any process, deleted with its history afterwards. */
  private void withStandaloneTask(String name, Consumer<String> test) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    try {
      test.accept(task.getId());
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }
}
