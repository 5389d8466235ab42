package com.crmflow.customer.grading;

import static com.crmflow.customer.owner.OwnerEligibility.gradeLabel;

import com.crmflow.customer.domain.CommunicationLog;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerHistorySource;
import com.crmflow.customer.domain.CustomerHistorySource.HandoverSection;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.Indicators;
import com.crmflow.customer.domain.OwnerChange;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.customer.owner.OwnerEligibility.Rule;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read-only Markdown shown at the top of the grading forms (task-local variable {@code context}): the run
 * and its figures for the review by {@code crm-dept}; the customer, its grade, the owner's maintenance duties and
 * the cooperation history for the new owner's handover, as the features that own it publish it
 * ({@link CustomerHistorySource#handover}: projects, agreements, complaints, visits) and the newest contacts of its
 * communication log ({@link CommunicationLog}).
 */
@Component
public class GradingContext {

  static final int HISTORY_LINES = 20;
  /** The newest contacts shown to a new owner (the whole log is in the archive). */
  static final int COMMUNICATION_LINES = 5;
  private final DateTimeFormatter day;
  private final DateTimeFormatter minutes;

  private final GradingRuns grading;
  private final ChunkGrading chunks;
  private final CustomerDirectory customers;
  private final OwnerEligibility eligibility;
  private final JdbcTemplate jdbc;
  private final List<CustomerHistorySource> history;
  private final CommunicationLog communications;

  public GradingContext(GradingRuns grading, ChunkGrading chunks, CustomerDirectory customers, OwnerEligibility eligibility,
      JdbcTemplate jdbc, List<CustomerHistorySource> history, CommunicationLog communications, ZoneId timeZone) {
    this.communications = communications;
    this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(timeZone);
    this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(timeZone);
    this.grading = grading;
    this.chunks = chunks;
    this.customers = customers;
    this.eligibility = eligibility;
    this.jdbc = jdbc;
    this.history = history;
  }

  String shown(Instant t) {
    return t == null ? "—" : minutes.format(t);
  }

  /** For 审核客户等级调整: what was graded with which rules, what changed, and how to decide. */
  public String review(Long runId, int listed) {
    GradingRun run = grading.run(runId);
    int changed = run.getChangedCount() == null ? chunks.count(runId, GradingResult.PROPOSED) : run.getChangedCount();
    StringBuilder md = new StringBuilder();
    md.append("**客户分级 ").append(run.getRunNumber()).append("** · ")
        .append(GradingRun.PERIODIC.equals(run.getTriggerType()) ? "定期分级" : "客户重大变化即时分级")
        .append(" · 评定时间：").append(shown(run.getStartedAt()))
        .append(" · 评分规则：客户等级评定（customer-grading）第 ").append(run.getDecisionVersion()).append(" 版");
    if (GradingRun.MAJOR_CHANGE.equals(run.getTriggerType())) {
      Customer c = customers.get(run.getCustomerId());
      md.append("\n\n客户：").append(c.getName()).append("（编号 ").append(c.getId()).append("） · 变化类型：")
          .append(MajorChange.TYPES.getOrDefault(run.getChangeType(), run.getChangeType()))
          .append(" · 报告人：").append(run.getReportedBy())
          .append("\n\n> ").append(run.getChangeDescription().replace("\n", "\n> "));
    }
    md.append("\n\n参评客户：").append(run.getCustomerCount()).append(" · 等级变化：**").append(changed).append("**");
    Map<String, Integer> byGrade = chunks.distribution(runId);
    md.append("\n\n按评定等级：");
    byGrade.forEach((g, n) -> md.append(gradeLabel(g)).append(" ").append(n).append("　"));
    md.append("\n\n综合评分 85 分及以上为 A，70–85 分为 B，50–70 分为 C，不足 50 分为 D（以所用版本的评分规则为准）。")
        .append("确认后新等级生效；原责任人不能负责新等级客户的，系统按责任划分指定新的责任人并生成客户交接任务。");
    if (changed > listed) {
      md.append("\n\n下表列出前 ").append(listed).append(" 项；其余 **").append(changed - listed)
          .append("** 项请在「其余等级调整」中统一处理（每个客户的评定结果可通过 GET /api/customers/{id}/grading-results 查询）。");
    }
    return md.toString();
  }

  /** For 客户交接: the customer, why it changed hands, the duties of its grade and its history. */
  public String handover(OwnerChange change) {
    Customer c = customers.get(change.getCustomerId());
    StringBuilder md = new StringBuilder();
    md.append("**客户交接：").append(c.getName()).append("**（编号 ").append(c.getId()).append("） · 等级：")
        .append(gradeLabel(c.getGrade())).append(" · 行业：").append(c.getIndustry() == null ? "—" : c.getIndustry());
    md.append("\n\n原责任人：").append(change.getPreviousOwner() == null ? "无" : change.getPreviousOwner())
        .append(" · 新责任人：").append(change.getNewOwner()).append(" · 变更时间：").append(shown(change.getChangedAt()))
        .append("\n\n变更原因：").append(change.getReason());
    md.append("\n\n当前指标：").append(Indicators.of(c).describe());
    if (c.getGrade() != null) {
      Rule rule = eligibility.rule(c.getGrade());
      md.append("\n\n**").append(gradeLabel(c.getGrade())).append("的维护职责**（").append(rule.responsibility())
          .append("）：").append(rule.duties());
    }
    history.stream().flatMap(source -> source.handover(c.getId()).stream())
        .sorted(Comparator.comparingInt(HandoverSection::position)).forEach(section -> {
          md.append("\n\n**").append(section.heading()).append("**");
          section.lines().stream().limit(HISTORY_LINES).forEach(line -> md.append("\n- ").append(line));
          if (section.lines().isEmpty()) {
            md.append("\n- 无");
          } else if (section.lines().size() > HISTORY_LINES) {
            md.append("\n- ……共 ").append(section.lines().size()).append(" ").append(section.unit());
          }
        });
    CommunicationLog.Log recent = communications.of(c.getId(), COMMUNICATION_LINES);
    md.append("\n\n**最近沟通记录**");
    recent.items().forEach(x -> md.append("\n- ").append(shown(x.at())).append(' ').append(x.kindName())
        .append(x.way() == null ? "" : "（" + x.way() + "）").append(" · ").append(x.summary())
        .append(x.by() == null ? "" : " · " + x.by()));
    if (recent.items().isEmpty()) {
      md.append("\n- 无");
    } else if (recent.truncated()) {
      md.append("\n- ……共 ").append(recent.total()).append(" 条，完整记录见客户档案");
    }
    md.append("\n\n**等级评定记录**");
    int[] n = {0};
    jdbc.query("SELECT r.graded_at, r.score, r.grade, r.final_grade, r.status, r.decision_version, g.run_number"
        + " FROM crm_grading_result r JOIN crm_grading_run g ON g.id = r.run_id WHERE r.customer_id = ?"
        + " ORDER BY r.id DESC", rs -> {
          if (n[0]++ < 5) {
            md.append("\n- ").append(day(rs.getTimestamp(1))).append(' ').append(rs.getString(7)).append(" 综合评分 ")
                .append(rs.getBigDecimal(2).toPlainString()).append(" → ").append(rs.getString(3))
                .append(rs.getString(4) != null && !rs.getString(4).equals(rs.getString(3))
                    ? "（审核调整为 " + rs.getString(4) + "）" : "")
                .append("（规则第 ").append(rs.getInt(6)).append(" 版）");
          }
        }, c.getId());
    if (n[0] == 0) {
      md.append("\n- 无");
    }
    return md.toString();
  }

  private String day(Timestamp t) {
    return t == null ? "—" : day.format(t.toInstant());
  }
}
