package com.crmflow.customer.grading;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.DeployedDecisions.Version;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a regrading (SPEC P3.3, 003 §3.5): a run fixes the rule version and splits the customers into chunks by
 * id (keyset bounds) — every ACTIVE customer periodically, one customer right after a major change. Also the run a
 * process step works on. Times are the engine's clock.
 */
@Service
public class GradingRuns {

  private final JdbcTemplate jdbc;
  private final GradingRunRepository runs;
  private final GradingRules rules;
  private final GradingSettings settings;
  private final CustomerRepository customers;
  private final CustomerGrades grades;
  private final NumberGenerator numbers;

  public GradingRuns(JdbcTemplate jdbc, GradingRunRepository runs, GradingRules rules, GradingSettings settings,
      CustomerRepository customers, CustomerGrades grades, NumberGenerator numbers) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.rules = rules;
    this.settings = settings;
    this.customers = customers;
    this.grades = grades;
    this.numbers = numbers;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The run (an internal id: a missing one is a bug, not a user's mistake). */
  static GradingRun run(GradingRunRepository runs, Long runId) {
    return runs.findById(runId).orElseThrow(() -> new IllegalStateException("No grading run " + runId));
  }

  public GradingRun run(Long runId) {
    return run(runs, runId);
  }

  /** The run a process step works on, refused unless it belongs to that process instance. */
  public GradingRun boundRun(Long runId, String processInstanceId) {
    if (runId == null) {
      throw new BusinessRuleException("流程缺少分级批次编号（runId）");
    }
    GradingRun run = runs.findById(runId).orElseThrow(() -> new BusinessRuleException("分级批次不存在：" + runId));
    if (run.getProcessInstanceId() == null || !run.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("分级批次 " + run.getRunNumber() + " 属于另一个流程实例，本流程实例不能修改它");
    }
    return run;
  }

  /** A periodic run over every ACTIVE customer: chunk bounds by id, fixed now. */
  @Transactional
  public GradingRun startPeriodic(String processInstanceId) {
    Version version = rules.current();
    int size = settings.chunkSize();
    GradingRun run = runs.save(new GradingRun(numbers.next("GRD", 4), GradingRun.PERIODIC, version.definitionId(),
        version.version(), size, processInstanceId, now()));
    List<Long> ids = jdbc.queryForList("SELECT id FROM crm_customer WHERE status = 'ACTIVE' ORDER BY id", Long.class);
    List<Object[]> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += size) {
      chunks.add(new Object[] {run.getId(), chunks.size(), ids.get(i), ids.get(Math.min(i + size, ids.size()) - 1)});
    }
    insertChunks(chunks);
    run.chunks(chunks.size(), ids.size());
    return run;
  }

  /**
   * An immediate run for one ACTIVE customer after a major change, reported by its owner or by {@code crm-dept}.
   * New indicator values given with the report are stored on the customer first.
   */
  @Transactional
  public GradingRun startMajorChange(MajorChange input, String reporter, boolean reporterIsCrmDept,
      String processInstanceId) {
    MajorChange change = Inputs.valid(input.normalized());
    Customer c = customers.findById(change.customerId())
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户 " + change.customerId() + " 不存在"));
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      throw new InvalidFieldException("customerId", "客户 " + c.getId() + " 已停用，不参与分级");
    }
    if (!reporterIsCrmDept && (reporter == null || !reporter.equals(c.getOwner()))) {
      throw new InvalidFieldException("customerId",
          "只有客户的维护责任人或客户关系管理部门可以报告客户 " + c.getId() + " 的重大变化");
    }
    if (change.indicators() != null && !change.indicators().isEmpty()) {
      grades.updateIndicators(c.getId(), change.indicators(), reporter);
    }
    Version version = rules.current();
    GradingRun run = runs.save(new GradingRun(numbers.next("GRD", 4), GradingRun.MAJOR_CHANGE,
        version.definitionId(), version.version(), 1, processInstanceId, now()));
    run.majorChange(c.getId(), change.changeType(), change.description(), reporter);
    insertChunks(List.<Object[]>of(new Object[] {run.getId(), 0, c.getId(), c.getId()}));
    run.chunks(1, 1);
    return run;
  }

  private void insertChunks(List<Object[]> chunks) {
    jdbc.batchUpdate("INSERT INTO crm_grading_chunk (run_id, chunk_no, first_id, last_id, status)"
        + " VALUES (?, ?, ?, ?, 'PENDING')", chunks, new int[] {Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.BIGINT});
  }

  /** A form's amount (万元, two decimals), or 400 naming the field when it is no number. */
  static BigDecimal decimal(String s, String field) {
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s).setScale(2, RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, "不是数字：" + s);
    }
  }
}
