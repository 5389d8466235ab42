package com.crmflow.customer.grading;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.CustomerService;
import com.crmflow.customer.domain.Indicators;
import com.crmflow.customer.domain.OwnerChange;
import com.crmflow.customer.domain.OwnerChangeRepository;
import com.crmflow.customer.grading.GradingRules.Outcome;
import com.crmflow.customer.owner.OwnerAssignment;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.customer.owner.OwnerPicker;
import com.crmflow.platform.process.DeployedDecisions.Version;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regrading (SPEC P3): a run fixes the rule version, splits the ACTIVE customers into chunks by id (keyset bounds),
 * grades each chunk in its own transaction (read by id range, the DMN evaluated in memory, results inserted in
 * one JDBC batch), lists the changed grades for review by {@code crm-dept}, applies the confirmed grades in batches
 * and gives customers whose owner may not keep them a new owner with a handover.
 */
@Service
public class GradingService {

  public static final Map<String, String> CHANGE_TYPES = ordered(
      "merger", "企业并购", "strategy-change", "重大战略调整", "credit-risk", "信用风险", "other", "其他重大变化");
  /** For the changes not listed in the review form: approve them all, or keep every customer's grade. */
  public static final String APPROVE = "approve";
  public static final String KEEP = "keep";

  private static final int[] RESULT_TYPES = {Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.INTEGER, Types.NUMERIC,
      Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
      Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};
  private static final String INSERT_RESULT = "INSERT INTO crm_grading_result (run_id, customer_id,"
      + " annual_purchase_amount, purchase_frequency, profit_contribution, cooperation_years, growth_potential,"
      + " market_influence, score, grade, previous_grade, decision_definition_id, decision_version, status, graded_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** A major change reported by the owner (003 §3.5); indicators may carry new values. */
  public record MajorChange(Long customerId, String changeType, String description, Indicators indicators) {}

  /** One line of the review form. */
  public record ReviewItem(Long resultId, Long customerId, String customer, String change, String score,
      String indicators) {}

  private final JdbcTemplate jdbc;
  private final GradingRunRepository runs;
  private final GradingRules rules;
  private final GradingSettings settings;
  private final CustomerService customerService;
  private final CustomerRepository customers;
  private final OwnerChangeRepository ownerChanges;
  private final OwnerAssignment ownerAssignment;
  private final NumberGenerator numbers;

  public GradingService(JdbcTemplate jdbc, GradingRunRepository runs, GradingRules rules, GradingSettings settings,
      CustomerService customerService, CustomerRepository customers, OwnerChangeRepository ownerChanges,
      OwnerAssignment ownerAssignment, NumberGenerator numbers) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.rules = rules;
    this.settings = settings;
    this.customerService = customerService;
    this.customers = customers;
    this.ownerChanges = ownerChanges;
    this.ownerAssignment = ownerAssignment;
    this.numbers = numbers;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public GradingRun run(Long runId) {
    return runs.findById(runId).orElseThrow(() -> new IllegalStateException("No grading run " + runId));
  }

  /** The run a process step works on, refused unless it belongs to that process instance. */
  public GradingRun boundRun(Long runId, String processInstanceId) {
    if (runId == null) {
      throw new com.crmflow.platform.process.BusinessRuleException("流程缺少分级批次编号（runId）");
    }
    GradingRun run = runs.findById(runId).orElseThrow(
        () -> new com.crmflow.platform.process.BusinessRuleException("分级批次不存在：" + runId));
    if (run.getProcessInstanceId() == null || !run.getProcessInstanceId().equals(processInstanceId)) {
      throw new com.crmflow.platform.process.BusinessRuleException("分级批次 " + run.getRunNumber()
          + " 属于另一个流程实例，本流程实例不能修改它");
    }
    return run;
  }

  // ------------------------------------------------------------------------------------------ starting a run

  /** A periodic run over every ACTIVE customer: chunk bounds by id, fixed now. */
  @Transactional
  public GradingRun startPeriodic(String processInstanceId) {
    Version version = rules.current();
    int size = settings.getChunkSize();
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
   * An immediate run for one customer after a major change, reported by its owner or by {@code crm-dept}. New
   * indicator values given with the report are stored on the customer first.
   */
  @Transactional
  public GradingRun startMajorChange(MajorChange change, String reporter, boolean reporterIsCrmDept,
      String processInstanceId) {
    if (change.customerId() == null) {
      throw new InvalidFieldException("customerId", "请填写客户编号");
    }
    Customer c = customers.findById(change.customerId())
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户 " + change.customerId() + " 不存在"));
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      throw new InvalidFieldException("customerId", "客户 " + c.getId() + " 已停用，不参与分级");
    }
    if (!reporterIsCrmDept && (reporter == null || !reporter.equals(c.getOwner()))) {
      throw new InvalidFieldException("customerId",
          "只有客户的维护责任人或客户关系管理部门可以报告客户 " + c.getId() + " 的重大变化");
    }
    if (change.changeType() == null || !CHANGE_TYPES.containsKey(change.changeType())) {
      throw new InvalidFieldException("changeType", "变化类型只能是 " + String.join("、", CHANGE_TYPES.values()));
    }
    String description = change.description() == null ? null : change.description().trim();
    if (description == null || description.isEmpty() || description.length() > 4000) {
      throw new InvalidFieldException("description", "请说明客户发生的变化（不超过 4000 字）");
    }
    if (change.indicators() != null && !change.indicators().isEmpty()) {
      customerService.updateIndicators(c.getId(), change.indicators(), reporter);
    }
    Version version = rules.current();
    GradingRun run = runs.save(new GradingRun(numbers.next("GRD", 4), GradingRun.MAJOR_CHANGE,
        version.definitionId(), version.version(), 1, processInstanceId, now()));
    run.majorChange(c.getId(), change.changeType(), description, reporter);
    insertChunks(List.<Object[]>of(new Object[] {run.getId(), 0, c.getId(), c.getId()}));
    run.chunks(1, 1);
    return run;
  }

  private void insertChunks(List<Object[]> chunks) {
    jdbc.batchUpdate("INSERT INTO crm_grading_chunk (run_id, chunk_no, first_id, last_id, status)"
        + " VALUES (?, ?, ?, ?, 'PENDING')", chunks, new int[] {Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.BIGINT});
  }

  // ------------------------------------------------------------------------------------------ grading

  /**
   * Grades the ACTIVE customers of one chunk with the run's rule version; one result per customer. A chunk that is
   * done already (a retried job) is left alone. Returns the number of changed grades.
   */
  @Transactional
  public int gradeChunk(Long runId, int chunkNo) {
    Map<String, Object> chunk = jdbc.queryForMap(
        "SELECT first_id, last_id, status FROM crm_grading_chunk WHERE run_id = ? AND chunk_no = ?", runId, chunkNo);
    if ("DONE".equals(chunk.get("status"))) {
      return 0;
    }
    GradingRun run = run(runId);
    Version version = new Version(GradingRules.DECISION_KEY, run.getDecisionDefinitionId(), run.getDecisionVersion());
    OffsetDateTime now = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    List<Object[]> rows = new ArrayList<>();
    int[] changed = {0};
    jdbc.query("SELECT id, grade, annual_purchase_amount, purchase_frequency, profit_contribution, cooperation_years,"
        + " growth_potential, market_influence FROM crm_customer WHERE status = 'ACTIVE' AND id BETWEEN ? AND ?"
        + " ORDER BY id", rs -> {
          Indicators in = new Indicators(rs.getBigDecimal(3), integer(rs, 4), rs.getBigDecimal(5), integer(rs, 6),
              integer(rs, 7), integer(rs, 8));
          Outcome outcome = rules.grade(version, in);
          String previous = rs.getString(2);
          boolean same = outcome.grade().equals(previous);
          changed[0] += same ? 0 : 1;
          rows.add(new Object[] {runId, rs.getLong(1), in.annualPurchaseAmount(), in.purchaseFrequency(),
              in.profitContribution(), in.cooperationYears(), in.growthPotential(), in.marketInfluence(),
              outcome.score(), outcome.grade(), previous, version.definitionId(), version.version(),
              same ? GradingResult.UNCHANGED : GradingResult.PROPOSED, now});
        }, chunk.get("first_id"), chunk.get("last_id"));
    jdbc.batchUpdate(INSERT_RESULT, rows, RESULT_TYPES);
    jdbc.update("UPDATE crm_grading_chunk SET status = 'DONE', graded_count = ?, changed_count = ?, done_at = ?"
        + " WHERE run_id = ? AND chunk_no = ?", rows.size(), changed[0], now, runId, chunkNo);
    return changed[0];
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** All chunks graded: the number of changed grades, and the run waits for review (or is complete). */
  @Transactional
  public int summarize(Long runId) {
    GradingRun run = run(runId);
    int changed = count(runId, GradingResult.PROPOSED);
    run.graded(changed, now());
    return changed;
  }

  public int count(Long runId, String status) {
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

  // ------------------------------------------------------------------------------------------ review

  /** The first {@code limit} proposed changes in result order, for the review form. */
  public List<ReviewItem> reviewItems(Long runId, int limit) {
    return jdbc.query("SELECT r.id, r.customer_id, c.name, r.previous_grade, r.grade, r.score,"
        + " r.annual_purchase_amount, r.purchase_frequency, r.profit_contribution, r.cooperation_years,"
        + " r.growth_potential, r.market_influence FROM crm_grading_result r JOIN crm_customer c ON c.id = r.customer_id"
        + " WHERE r.run_id = ? AND r.status = 'PROPOSED' ORDER BY r.id LIMIT ?", (rs, i) -> {
          Indicators in = new Indicators(rs.getBigDecimal(7), integer(rs, 8), rs.getBigDecimal(9), integer(rs, 10),
              integer(rs, 11), integer(rs, 12));
          return new ReviewItem(rs.getLong(1), rs.getLong(2), rs.getString(3) + "（编号 " + rs.getLong(2) + "）",
              OwnerEligibility.gradeLabel(rs.getString(4)) + " → " + OwnerEligibility.gradeLabel(rs.getString(5)),
              rs.getBigDecimal(6).setScale(2).toPlainString(), in.describe());
        }, runId, limit);
  }

  /** One line of 调整为其他等级: the result, the grade crm-dept sets instead, and why. */
  public record Override(Long resultId, String grade, String reason) {}

  private static final java.util.regex.Pattern OVERRIDE_LINE =
      java.util.regex.Pattern.compile("\\s*#?(\\d+)\\s+([A-Da-d])\\s+(.+?)\\s*");

  /** 「评定编号 等级 理由」 per line (empty lines ignored); 400 naming {@code overrides} and the line otherwise. */
  public static List<Override> parseOverrides(String text) {
    List<Override> overrides = new ArrayList<>();
    if (text == null) {
      return overrides;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      var m = OVERRIDE_LINE.matcher(lines[i]);
      if (!m.matches()) {
        throw new InvalidFieldException("overrides", "第 " + (i + 1) + " 行应为「评定编号 等级 理由」，等级为 A、B、C、D："
            + lines[i].trim());
      }
      if (m.group(3).length() > 1000) {
        throw new InvalidFieldException("overrides", "第 " + (i + 1) + " 行的理由不能超过 1000 个字符");
      }
      overrides.add(new Override(Long.valueOf(m.group(1)), m.group(2).toUpperCase(), m.group(3)));
    }
    return overrides;
  }

  /**
   * Records the review of the listed changes (the first {@code crm.grading.review-list-limit} proposed ones):
   * approved ones take the grade the rules gave, overridden ones the grade crm-dept chose (with the reason), the
   * others keep the customer's grade. The changes not listed are approved together or keep their grades
   * ({@code remaining}); without that choice nothing is recorded. Returns the number of decided changes.
   */
  @Transactional
  public int recordReview(Long runId, java.util.Collection<Long> approved, List<Override> overrides, String remaining,
      String reviewer) {
    OffsetDateTime now = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    Map<Long, String> listed = new LinkedHashMap<>();
    jdbc.query("SELECT id, previous_grade FROM crm_grading_result WHERE run_id = ? AND status = 'PROPOSED'"
        + " ORDER BY id LIMIT ?", rs -> {
          listed.put(rs.getLong(1), rs.getString(2));
        }, runId, settings.getReviewListLimit());
    for (Long id : approved) {
      if (!listed.containsKey(id)) {
        throw new InvalidFieldException("approvedChanges", "评定编号 " + id + " 不是本次待审核的调整");
      }
    }
    Map<Long, Override> byId = new LinkedHashMap<>();
    for (Override o : overrides) {
      if (!listed.containsKey(o.resultId())) {
        throw new InvalidFieldException("overrides", "评定编号 " + o.resultId() + " 不是本次待审核的调整");
      }
      if (byId.put(o.resultId(), o) != null) {
        throw new InvalidFieldException("overrides", "评定编号 " + o.resultId() + " 填写了不止一次");
      }
    }
    String update = "UPDATE crm_grading_result SET status = ?, final_grade = %s, review_note = ?, reviewed_by = ?,"
        + " reviewed_at = ? WHERE id = ?";
    for (Map.Entry<Long, String> item : listed.entrySet()) {
      Long id = item.getKey();
      Override o = byId.get(id);
      if (o != null) {
        jdbc.update(String.format(update, "?"), GradingResult.OVERRIDDEN, o.grade(), o.reason(), reviewer, now, id);
      } else if (approved.contains(id)) {
        jdbc.update(String.format(update, "grade"), GradingResult.APPROVED, null, reviewer, now, id);
      } else {
        jdbc.update(String.format(update, "previous_grade"), GradingResult.OVERRIDDEN, "审核未批准，保持原等级",
            reviewer, now, id);
      }
    }
    int open = count(runId, GradingResult.PROPOSED);
    if (open > 0) {
      if (APPROVE.equals(remaining)) {
        jdbc.update("UPDATE crm_grading_result SET status = 'APPROVED', final_grade = grade, review_note = ?,"
            + " reviewed_by = ?, reviewed_at = ? WHERE run_id = ? AND status = 'PROPOSED'",
            "未逐项列出，统一批准", reviewer, now, runId);
      } else if (KEEP.equals(remaining)) {
        jdbc.update("UPDATE crm_grading_result SET status = 'OVERRIDDEN', final_grade = previous_grade,"
            + " review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE run_id = ? AND status = 'PROPOSED'",
            "未逐项列出，统一保持原等级", reviewer, now, runId);
      } else {
        throw new InvalidFieldException("remainingDecision", "还有 " + open + " 项等级调整未列出，请选择统一批准或保持原等级");
      }
    }
    run(runId).reviewed(reviewer, now.toInstant());
    return count(runId, GradingResult.APPROVED) + count(runId, GradingResult.OVERRIDDEN);
  }

  // ------------------------------------------------------------------------------------------ applying

  /**
   * Applies the next {@code size} confirmed changes of the run in result order. A customer whose grade changed
   * since it was graded (another run) or who is no longer ACTIVE is SUPERSEDED. When the owner may not own a
   * customer of the new grade, the customer gets a new owner ({@link OwnerPicker}) and a handover. Returns the
   * number of results processed (0 when nothing is left).
   */
  @Transactional
  public int applyChunk(Long runId, int size) {
    GradingRun run = run(runId);
    String actor = run.getReviewedBy() == null ? "system" : run.getReviewedBy();
    record Decided(Long id, Long customerId, String previousGrade, String finalGrade) {}
    List<Decided> decided = jdbc.query("SELECT id, customer_id, previous_grade, final_grade FROM crm_grading_result"
        + " WHERE run_id = ? AND status IN ('APPROVED', 'OVERRIDDEN') ORDER BY id LIMIT ?",
        (rs, i) -> new Decided(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), runId, size);
    if (decided.isEmpty()) {
      return 0;
    }
    OwnerPicker picker = ownerAssignment.picker();
    Map<Long, Customer> byId = customers.findAllById(decided.stream().map(Decided::customerId).toList()).stream()
        .collect(Collectors.toMap(Customer::getId, Function.identity()));
    Integer maxSeq = jdbc.queryForObject(
        "SELECT COALESCE(MAX(handover_seq), 0) FROM crm_customer_owner_change WHERE run_id = ?", Integer.class, runId);
    int seq = maxSeq == null ? 0 : maxSeq;
    OffsetDateTime now = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    for (Decided d : decided) {
      Customer c = byId.get(d.customerId());
      if (c == null || !Customer.STATUS_ACTIVE.equals(c.getStatus())
          || !Objects.equals(c.getGrade(), d.previousGrade())) {
        jdbc.update("UPDATE crm_grading_result SET status = 'SUPERSEDED' WHERE id = ?", d.id());
        continue;
      }
      if (d.finalGrade() != null && !d.finalGrade().equals(d.previousGrade())) {
        String owner = c.getOwner();
        customerService.applyGrade(c.getId(), d.finalGrade(), actor);
        picker.remove(owner, d.previousGrade());
        if (picker.eligible(owner, d.finalGrade())) {
          picker.add(owner, d.finalGrade());
        } else {
          String newOwner = picker.pick(d.finalGrade());
          OwnerChange change = customerService.changeOwner(c.getId(), newOwner,
              "客户等级由" + OwnerEligibility.gradeLabel(d.previousGrade()) + "调整为"
                  + OwnerEligibility.gradeLabel(d.finalGrade()) + "（分级批次 " + run.getRunNumber() + "），"
                  + (owner == null ? "原无责任人" : "原责任人 " + owner + " 不在该等级的责任人范围内"),
              actor);
          change.handoverInRun(runId, ++seq);
        }
      }
      jdbc.update("UPDATE crm_grading_result SET status = 'APPLIED', applied_at = ? WHERE id = ?", now, d.id());
    }
    return decided.size();
  }

  /** Every confirmed change applied: the run is complete. Returns the number of handovers (owner changes). */
  @Transactional
  public int finishApply(Long runId) {
    GradingRun run = run(runId);
    Integer applied = jdbc.queryForObject("SELECT COUNT(*) FROM crm_grading_result WHERE run_id = ? AND status ="
        + " 'APPLIED' AND (previous_grade IS NULL OR final_grade <> previous_grade)", Integer.class, runId);
    int handovers = (int) ownerChanges.countByRunId(runId);
    run.completed(applied == null ? 0 : applied, handovers, now());
    return handovers;
  }

  // ------------------------------------------------------------------------------------------ handover

  /** The owner change behind handover task {@code seq} (1, 2, …) of the run. */
  public OwnerChange handover(Long runId, int seq) {
    return ownerChanges.findByRunIdAndHandoverSeq(runId, seq)
        .orElseThrow(() -> new IllegalStateException("No handover " + seq + " in grading run " + runId));
  }

  @Transactional
  public void completeHandover(Long runId, int seq, String note, String user) {
    if (note != null && note.length() > 2000) {
      throw new InvalidFieldException("handoverNote", "交接说明不能超过 2000 个字符");
    }
    OwnerChange change = handover(runId, seq);
    change.handoverCompleted(user, now(), note);
    ownerChanges.save(change);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  static BigDecimal decimal(String s, String field) {
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s).setScale(2, java.math.RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, "不是数字：" + s);
    }
  }
}
