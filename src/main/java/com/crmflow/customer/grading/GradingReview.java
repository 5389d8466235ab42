package com.crmflow.customer.grading;

import com.crmflow.customer.domain.Indicators;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 等级审核 (SPEC P3.3): {@code crm-dept} reviews the changed grades — the first ones listed one by one (approve,
 * or 调整为其他等级 with a reason), the rest approved together or kept.
 */
@Service
public class GradingReview {

  /** For the changes not listed in the review form: approve them all, or keep every customer's grade. */
  public static final String APPROVE = "approve";
  public static final String KEEP = "keep";

  /** One line of the review form. */
  public record ReviewItem(Long resultId, Long customerId, String customer, String change, String score,
      String indicators) {}

  /** One line of 调整为其他等级: the result, the grade crm-dept sets instead, and why. */
  public record Override(Long resultId, String grade, String reason) {}

  /** What the review decides for one listed change. */
  enum Outcome { APPROVED, OVERRIDDEN, KEPT }

  private static final Pattern OVERRIDE_LINE = Pattern.compile("\\s*#?(\\d+)\\s+([A-Da-d])\\s+(.+?)\\s*");

  private final JdbcTemplate jdbc;
  private final GradingRunRepository runs;
  private final GradingSettings settings;

  public GradingReview(JdbcTemplate jdbc, GradingRunRepository runs, GradingSettings settings) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.settings = settings;
  }

  /** The first {@code limit} proposed changes in result order, for the review form. */
  public List<ReviewItem> reviewItems(Long runId, int limit) {
    return jdbc.query("SELECT r.id, r.customer_id, c.name, r.previous_grade, r.grade, r.score,"
        + " r.annual_purchase_amount, r.purchase_frequency, r.profit_contribution, r.cooperation_years,"
        + " r.growth_potential, r.market_influence FROM crm_grading_result r JOIN crm_customer c ON c.id = r.customer_id"
        + " WHERE r.run_id = ? AND r.status = 'PROPOSED' ORDER BY r.id LIMIT ?", (rs, i) -> {
          Indicators in = new Indicators(rs.getBigDecimal(7), ChunkGrading.integer(rs, 8), rs.getBigDecimal(9),
              ChunkGrading.integer(rs, 10), ChunkGrading.integer(rs, 11), ChunkGrading.integer(rs, 12));
          return new ReviewItem(rs.getLong(1), rs.getLong(2), rs.getString(3) + "（编号 " + rs.getLong(2) + "）",
              OwnerEligibility.gradeLabel(rs.getString(4)) + " → " + OwnerEligibility.gradeLabel(rs.getString(5)),
              rs.getBigDecimal(6).setScale(2).toPlainString(), in.describe());
        }, runId, limit);
  }

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
      Matcher m = OVERRIDE_LINE.matcher(lines[i]);
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
   * The decision for each listed change: overridden when crm-dept set another grade, approved when ticked, else
   * kept. Refused (400) when an approval or override names a change that is not listed, or one is overridden twice.
   */
  static Map<Long, Outcome> decide(Collection<Long> listed, Collection<Long> approved, List<Override> overrides) {
    for (Long id : approved) {
      if (!listed.contains(id)) {
        throw new InvalidFieldException("approvedChanges", "评定编号 " + id + " 不是本次待审核的调整");
      }
    }
    Map<Long, Override> byId = new LinkedHashMap<>();
    for (Override o : overrides) {
      if (!listed.contains(o.resultId())) {
        throw new InvalidFieldException("overrides", "评定编号 " + o.resultId() + " 不是本次待审核的调整");
      }
      if (byId.put(o.resultId(), o) != null) {
        throw new InvalidFieldException("overrides", "评定编号 " + o.resultId() + " 填写了不止一次");
      }
    }
    Map<Long, Outcome> decisions = new LinkedHashMap<>();
    for (Long id : listed) {
      decisions.put(id, byId.containsKey(id) ? Outcome.OVERRIDDEN
          : approved.contains(id) ? Outcome.APPROVED : Outcome.KEPT);
    }
    return decisions;
  }

  /** With changes left that the form did not list, crm-dept must decide them together (approve or keep). */
  static void requireRemainingDecision(int open, String remaining) {
    if (open > 0 && !APPROVE.equals(remaining) && !KEEP.equals(remaining)) {
      throw new InvalidFieldException("remainingDecision", "还有 " + open + " 项等级调整未列出，请选择统一批准或保持原等级");
    }
  }

  /**
   * Records the review of the listed changes (the first {@code crm.grading.review-list-limit} proposed ones):
   * approved ones take the grade the rules gave, overridden ones the grade crm-dept chose (with the reason), the
   * others keep the customer's grade. The changes not listed are approved together or keep their grades
   * ({@code remaining}); without that choice nothing is recorded. Returns the number of decided changes.
   */
  @Transactional
  public int recordReview(Long runId, Collection<Long> approved, List<Override> overrides, String remaining,
      String reviewer) {
    OffsetDateTime now = OffsetDateTime.ofInstant(GradingRuns.now(), ZoneOffset.UTC);
    List<Long> listed = new ArrayList<>();
    jdbc.query("SELECT id FROM crm_grading_result WHERE run_id = ? AND status = 'PROPOSED' ORDER BY id LIMIT ?",
        rs -> {
          listed.add(rs.getLong(1));
        }, runId, settings.reviewListLimit());
    Map<Long, Outcome> decisions = decide(listed, approved, overrides);
    Map<Long, Override> byId = new LinkedHashMap<>();
    overrides.forEach(o -> byId.put(o.resultId(), o));
    String update = "UPDATE crm_grading_result SET status = ?, final_grade = %s, review_note = ?, reviewed_by = ?,"
        + " reviewed_at = ? WHERE id = ?";
    decisions.forEach((id, outcome) -> {
      switch (outcome) {
        case OVERRIDDEN -> jdbc.update(String.format(update, "?"), GradingResult.OVERRIDDEN, byId.get(id).grade(),
            byId.get(id).reason(), reviewer, now, id);
        case APPROVED -> jdbc.update(String.format(update, "grade"), GradingResult.APPROVED, null, reviewer, now, id);
        case KEPT -> jdbc.update(String.format(update, "previous_grade"), GradingResult.OVERRIDDEN,
            "审核未批准，保持原等级", reviewer, now, id);
      }
    });
    int open = ChunkGrading.count(jdbc, runId, GradingResult.PROPOSED);
    requireRemainingDecision(open, remaining);
    if (open > 0 && APPROVE.equals(remaining)) {
      jdbc.update("UPDATE crm_grading_result SET status = 'APPROVED', final_grade = grade, review_note = ?,"
          + " reviewed_by = ?, reviewed_at = ? WHERE run_id = ? AND status = 'PROPOSED'",
          "未逐项列出，统一批准", reviewer, now, runId);
    } else if (open > 0) {
      jdbc.update("UPDATE crm_grading_result SET status = 'OVERRIDDEN', final_grade = previous_grade,"
          + " review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE run_id = ? AND status = 'PROPOSED'",
          "未逐项列出，统一保持原等级", reviewer, now, runId);
    }
    GradingRuns.run(runs, runId).reviewed(reviewer, now.toInstant());
    return ChunkGrading.count(jdbc, runId, GradingResult.APPROVED)
        + ChunkGrading.count(jdbc, runId, GradingResult.OVERRIDDEN);
  }
}
