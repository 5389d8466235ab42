package com.crmflow.supervision.domain;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.supervision.domain.GradingAuditData.AuditData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly audit of the grading system (003 §5.1, 000 §6): compiled data ({@link GradingAuditData}), the
 * supervisor's review (conclusion, findings, recommendations) and senior management's decision on the report.
 */
@Service
@Transactional
public class GradingAudits {

  public static final String NUMBER_PREFIX = "GAU";
  public static final Map<String, String> CONCLUSIONS = Map.of("EFFECTIVE", "分级体系运行有效",
      "NEEDS_IMPROVEMENT", "分级体系需要改进");
  public static final Map<String, String> DECISIONS = Map.of("ADOPT", "采纳审计建议", "PARTIAL", "部分采纳",
      "REJECT", "不予采纳");
  static final Set<String> NOTE_REQUIRED = Set.of("PARTIAL", "REJECT");

  private final GradingAuditRepository audits;
  private final GradingAuditData data;
  private final NumberGenerator numbers;
  private final WorkingCalendar calendar;
  private final ObjectMapper json;

  public GradingAudits(GradingAuditRepository audits, GradingAuditData data, NumberGenerator numbers,
      WorkingCalendar calendar, ObjectMapper json) {
    this.audits = audits;
    this.data = data;
    this.numbers = numbers;
    this.calendar = calendar;
    this.json = json;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The year that ended before today: what the yearly timer audits. */
  public int lastYear() {
    return now().atZone(calendar.zone()).getYear() - 1;
  }

  /** A year that may be audited: not before 2000, not after this year. */
  public int validYear(Integer year) {
    int current = now().atZone(calendar.zone()).getYear();
    if (year == null) {
      throw new InvalidFieldException("auditYear", "请填写审计年度");
    }
    if (year < 2000 || year > current) {
      throw new InvalidFieldException("auditYear", "审计年度必须在 2000 到 " + current + " 之间：" + year);
    }
    return year;
  }

  /** Compiles the audit data of the year for the process instance that runs it. */
  public GradingAudit compile(int year, String processInstanceId, String startedBy) {
    AuditData d = data.compile(validYear(year), calendar.zone());
    try {
      return audits.save(new GradingAudit(numbers.next(NUMBER_PREFIX, 4), year, processInstanceId, startedBy,
          d.decisionDefinitionId(), json.writeValueAsString(d), now()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional(readOnly = true)
  public GradingAudit get(Long id) {
    return audits.findById(id).orElseThrow(() -> new NotFoundException("找不到分级体系审计 " + id));
  }

  @Transactional(readOnly = true)
  public GradingAudit boundTo(Long id, String processInstanceId) {
    if (id == null) {
      throw new BusinessRuleException("流程缺少审计编号（auditId）");
    }
    GradingAudit a = get(id);
    if (a.getProcessInstanceId() == null || !a.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("分级体系审计 " + a.getAuditNumber() + " 属于另一个流程实例，本流程实例（"
          + processInstanceId + "）不能修改它");
    }
    return a;
  }

  public AuditData data(GradingAudit a) {
    try {
      return json.readValue(a.getDataJson(), AuditData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The supervisor's review (审核客户分级体系). */
  public GradingAudit review(Long id, String conclusion, String findings, String recommendations, String actor) {
    GradingAudit a = get(id);
    if (!GradingAudit.REVIEW.equals(a.getStatus())) {
      throw new BusinessRuleException("分级体系审计 " + a.getAuditNumber() + " 已审核");
    }
    if (conclusion == null || !CONCLUSIONS.containsKey(conclusion)) {
      throw new InvalidFieldException("conclusion", "请选择审计结论");
    }
    a.reviewed(conclusion, text("findings", "审计发现", findings, 4000, true),
        text("recommendations", "改进建议", recommendations, 4000, true), actor, now());
    return a;
  }

  /** Senior management's decision on the report (审阅分级体系审计报告); partial or rejected needs a note. */
  public GradingAudit decide(Long id, String decision, String note, String actor) {
    GradingAudit a = get(id);
    if (!GradingAudit.MANAGEMENT.equals(a.getStatus())) {
      throw new BusinessRuleException("分级体系审计 " + a.getAuditNumber() + " 不在等待高层审阅");
    }
    if (decision == null || !DECISIONS.containsKey(decision)) {
      throw new InvalidFieldException("managementDecision", "请选择审阅意见");
    }
    a.decided(decision, text("managementNote", "审阅说明", note, 2000, NOTE_REQUIRED.contains(decision)), actor,
        now());
    return a;
  }

  private static String text(String field, String label, String value, int max, boolean required) {
    String v = value == null || value.isBlank() ? null : value.trim();
    if (v == null && required) {
      throw new InvalidFieldException(field, "请填写" + label);
    }
    if (v != null && v.length() > max) {
      throw new InvalidFieldException(field, label + "不能超过 " + max + " 字");
    }
    return v;
  }

  /** The report ({@code GET /api/grading-audits/{id}}). */
  @Transactional(readOnly = true)
  public GradingAuditReport report(Long id) {
    GradingAudit a = get(id);
    JsonNode d;
    try {
      d = json.readTree(a.getDataJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new GradingAuditReport(a.getId(), a.getAuditNumber(), a.getAuditYear(), a.getStatus(), a.getStartedBy(),
        a.getCompiledAt(), d, a.getConclusion(), a.getConclusion() == null ? null : CONCLUSIONS.get(a.getConclusion()),
        a.getFindings(), a.getRecommendations(), a.getReviewedBy(), a.getReviewedAt(), a.getManagementDecision(),
        a.getManagementDecision() == null ? null : DECISIONS.get(a.getManagementDecision()), a.getManagementNote(),
        a.getDecidedBy(), a.getDecidedAt());
  }

  /** The audit data as Markdown, at the top of both task forms. */
  public String summary(GradingAudit a) {
    return fitForTask(fullSummary(a), a.getId());
  }

  /**
   * Camunda keeps a String variable in a column of at most {@value #TASK_TEXT_LIMIT} characters on PostgreSQL: a
   * longer summary (a grading system with many rules, many owner-rule breaches) is cut there, with where the whole
   * report is, instead of failing the task's creation.
   */
  static String fitForTask(String summary, Long auditId) {
    if (summary.length() <= TASK_TEXT_LIMIT) {
      return summary;
    }
    String more = "\n\n……（内容较长，以上为前一部分；完整审计报告见 GET /api/grading-audits/" + auditId + "）\n";
    return summary.substring(0, TASK_TEXT_LIMIT - more.length()) + more;
  }

  /** The longest task header text (Camunda's String variable column on PostgreSQL: 4000). */
  static final int TASK_TEXT_LIMIT = 4000;

  /** At most this many owner-rule breaches are listed in the task header (all are counted). */
  static final int LISTED_VIOLATIONS = 10;

  private String fullSummary(GradingAudit a) {
    AuditData d = data(a);
    StringBuilder md = new StringBuilder("**客户分级体系审计 ").append(a.getAuditNumber()).append("（")
        .append(a.getAuditYear()).append(" 年度）**\n\n");
    if (a.getFindings() != null) { // senior management reads the supervisor's review first
      md.append("**监督部门审核**（").append(a.getReviewedBy()).append("）：")
          .append(CONCLUSIONS.get(a.getConclusion())).append("\n\n审计发现：").append(a.getFindings())
          .append("\n\n改进建议：").append(a.getRecommendations()).append("\n\n");
    }
    md.append("**客户等级分布**（活跃客户）：");
    d.distribution().forEach(g -> md.append(g.grade()).append(" ").append(g.customers()).append("；"));
    md.append("\n\n**本年度评级**：");
    if (d.runs().isEmpty()) {
      md.append("无评级记录");
    }
    d.runs().forEach(r -> md.append(r.trigger()).append(" ").append(r.runs()).append(" 次；"));
    md.append("\n\n**本年度等级变化**：");
    if (d.changes().isEmpty()) {
      md.append("无");
    }
    d.changes().forEach(c -> md.append(c.from()).append("→").append(c.to()).append(" ").append(c.customers())
        .append(" 户；"));
    md.append("人工调整评级 ").append(d.overrides()).append(" 户");
    md.append("\n\n**不符合负责人规则的客户**：共 ").append(d.ownerViolationTotal()).append(" 户\n");
    d.ownerViolations().stream().limit(LISTED_VIOLATIONS).forEach(v -> md.append("- ").append(v.customerName())
        .append("（").append(v.grade() == null ? "未分级" : v.grade()).append("）：").append(v.description())
        .append('\n'));
    if (d.ownerViolations().size() > LISTED_VIOLATIONS) {
      md.append("- ……另有 ").append(d.ownerViolations().size() - LISTED_VIOLATIONS).append(" 户，见完整审计报告\n");
    }
    // the criteria last: the longest part, the one cut when the task header is too long (fitForTask)
    md.append('\n');
    md.append("**评级标准与权重**（当前部署的决策表 ").append(d.decisionDefinitionId() == null ? "未部署"
        : d.decisionDefinitionId()).append("）\n\n");
    for (GradingAuditData.Criterion c : d.criteria()) {
      md.append("- ").append(c.name());
      if (c.expression() != null) {
        md.append("：`").append(c.expression().replaceAll("\\s+", " ")).append("`");
      }
      md.append('\n');
      for (String r : c.rules()) {
        md.append("  - ").append(r).append('\n');
      }
    }
    return md.toString();
  }
}
