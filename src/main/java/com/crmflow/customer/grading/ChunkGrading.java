package com.crmflow.customer.grading;

import com.crmflow.customer.domain.Indicators;
import com.crmflow.customer.grading.GradingRules.Outcome;
import com.crmflow.customer.grading.GradingRules.Prospect;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.process.DeployedDecisions.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading (SPEC P3.2): each chunk in its own transaction — the customers read by id range, the run's DMN version
 * evaluated in memory, the results inserted in one JDBC batch — and the run's tally once every chunk is graded.
 */
@Service
public class ChunkGrading {

  private static final int[] RESULT_TYPES = {Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.INTEGER, Types.NUMERIC,
      Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
      Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};
  private static final String INSERT_RESULT = "INSERT INTO crm_grading_result (run_id, customer_id,"
      + " annual_purchase_amount, purchase_frequency, profit_contribution, cooperation_years, growth_potential,"
      + " market_influence, score, grade, previous_grade, decision_definition_id, decision_version, status, graded_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final GradingRunRepository runs;
  private final GradingRules rules;
  private final List<ProspectCriteria> prospectCriteria;

  public ChunkGrading(JdbcTemplate jdbc, GradingRunRepository runs, GradingRules rules,
      List<ProspectCriteria> prospectCriteria) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.rules = rules;
    this.prospectCriteria = List.copyOf(prospectCriteria);
  }

  /**
   * Grades the ACTIVE customers of one chunk with the run's rule version; one result per customer, PROPOSED when
   * the grade changes, else UNCHANGED. A prospect ({@link ProspectCriteria}: an open lead's customer with an assessed
   * intention) is graded by its prospect criteria, as at 继续培育, so a run does not propose its indicator grade. A chunk that is done already (a retried job) is left alone. Returns the
   * number of changed grades.
   */
  @Transactional
  public int gradeChunk(Long runId, int chunkNo) {
    Map<String, Object> chunk = jdbc.queryForMap(
        "SELECT first_id, last_id, status FROM crm_grading_chunk WHERE run_id = ? AND chunk_no = ?", runId, chunkNo);
    if ("DONE".equals(chunk.get("status"))) {
      return 0;
    }
    GradingRun run = GradingRuns.run(runs, runId);
    Version version = new Version(GradingRules.DECISION_KEY, run.getDecisionDefinitionId(), run.getDecisionVersion());
    OffsetDateTime now = OffsetDateTime.ofInstant(GradingRuns.now(), ZoneOffset.UTC);
    List<Object[]> rows = new ArrayList<>();
    int[] changed = {0};
    long first = ((Number) chunk.get("first_id")).longValue();
    long last = ((Number) chunk.get("last_id")).longValue();
    Map<Long, Prospect> prospects = new HashMap<>();
    prospectCriteria.forEach(c -> prospects.putAll(c.between(first, last)));
    jdbc.query("SELECT id, grade, annual_purchase_amount, purchase_frequency, profit_contribution, cooperation_years,"
        + " growth_potential, market_influence, scale, industry FROM crm_customer WHERE status = 'ACTIVE'"
        + " AND id BETWEEN ? AND ? ORDER BY id", rs -> {
          Indicators in = new Indicators(rs.getBigDecimal(3), integer(rs, 4), rs.getBigDecimal(5), integer(rs, 6),
              integer(rs, 7), integer(rs, 8));
          Prospect lead = prospects.get(rs.getLong(1));
          Outcome outcome = lead == null ? rules.grade(version, in) : rules.gradeProspect(version, in,
              lead.withArchive(rs.getString(9), rs.getString(10)));
          String previous = rs.getString(2);
          boolean same = outcome.grade().equals(previous);
          changed[0] += same ? 0 : 1;
          rows.add(new Object[] {runId, rs.getLong(1), in.annualPurchaseAmount(), in.purchaseFrequency(),
              in.profitContribution(), in.cooperationYears(), in.growthPotential(), in.marketInfluence(),
              outcome.score(), outcome.grade(), previous, version.definitionId(), version.version(),
              same ? GradingResult.UNCHANGED : GradingResult.PROPOSED, now});
        }, first, last);
    jdbc.batchUpdate(INSERT_RESULT, rows, RESULT_TYPES);
    jdbc.update("UPDATE crm_grading_chunk SET status = 'DONE', graded_count = ?, changed_count = ?, done_at = ?"
        + " WHERE run_id = ? AND chunk_no = ?", rows.size(), changed[0], now, runId, chunkNo);
    return changed[0];
  }

  static Integer integer(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** All chunks graded: the number of changed grades, and the run waits for review (or is complete). */
  @Transactional
  public int summarize(Long runId) {
    GradingRun run = GradingRuns.run(runs, runId);
    int changed = count(runId, GradingResult.PROPOSED);
    run.graded(changed, GradingRuns.now());
    return changed;
  }

  /** The number of the run's results in this status. */
  public int count(Long runId, String status) {
    return count(jdbc, runId, status);
  }

  static int count(JdbcTemplate jdbc, Long runId, String status) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM crm_grading_result WHERE run_id = ? AND status = ?",
        Integer.class, runId, status);
    return n == null ? 0 : n;
  }

  /** The number of graded customers per grade the rules gave. */
  public Map<String, Integer> distribution(Long runId) {
    Map<String, Integer> byGrade = new LinkedHashMap<>();
    OwnerEligibility.GRADES.forEach(g -> byGrade.put(g, 0));
    jdbc.query("SELECT grade, COUNT(*) FROM crm_grading_result WHERE run_id = ? GROUP BY grade",
        rs -> {
          byGrade.put(rs.getString(1), rs.getInt(2));
        }, runId);
    return byGrade;
  }
}
