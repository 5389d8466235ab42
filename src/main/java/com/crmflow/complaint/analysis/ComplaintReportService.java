package com.crmflow.complaint.analysis;

import com.crmflow.complaint.domain.ComplaintCodes;

import com.crmflow.complaint.domain.ComplaintReport;
import com.crmflow.complaint.domain.ComplaintReportRepository;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored complaint analyses ({@code crm_complaint_report}): the figures of a period frozen as JSON when the
 * analysis runs, and the improvement measures the customer-service manager records for them.
 */
@Service
public class ComplaintReportService {

  public record ReportSummary(Long id, LocalDate periodFrom, LocalDate periodTo, Instant createdAt,
      boolean recorded) {}

  public record ReportView(Long id, LocalDate periodFrom, LocalDate periodTo, Instant createdAt,
      ComplaintKpis figures, String improvementMeasures, List<String> improvementDepartments, String recordedBy,
      Instant recordedAt, String processInstanceId) {}

  private final ComplaintKpiService kpis;
  private final ComplaintReportRepository reports;
  private final ObjectMapper json;

  private final Clock clock;

  public ComplaintReportService(ComplaintKpiService kpis, ComplaintReportRepository reports, ObjectMapper json,
      Clock clock) {
    this.clock = clock;
    this.kpis = kpis;
    this.reports = reports;
    this.json = json;
  }

  /** The previous calendar month (working calendar time zone) of the engine time: what the monthly analysis covers. */
  public YearMonth previousMonth() {
    return YearMonth.now(clock).minusMonths(1);
  }

  /** Computes the figures of the period and stores them as a new report. */
  @Transactional
  public ComplaintReport create(LocalDate from, LocalDate to, String processInstanceId) {
    if (from == null || to == null) {
      throw new BusinessRuleException("请填写统计期间的开始日期和结束日期");
    }
    if (from.isAfter(to)) {
      throw new BusinessRuleException("统计开始日期（" + from + "）不能晚于结束日期（" + to + "）");
    }
    ComplaintReport r = new ComplaintReport();
    r.setPeriodFrom(from);
    r.setPeriodTo(to);
    r.setCreatedAt(clock.instant());
    r.setReportJson(write(kpis.compute(from, to)));
    r.setProcessInstanceId(processInstanceId);
    return reports.save(r);
  }

  /** The report a process step works on, refused unless it belongs to that process instance. */
  @Transactional(readOnly = true)
  public ComplaintReport boundTo(Long reportId, String processInstanceId) {
    ComplaintReport r = reports.findById(reportId)
        .orElseThrow(() -> new BusinessRuleException("投诉分析报告不存在：" + reportId));
    if (r.getProcessInstanceId() == null || !r.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("投诉分析报告 " + reportId + " 属于另一个流程实例，本流程实例不能修改它");
    }
    return r;
  }

  @Transactional
  public void recordImprovements(Long reportId, String measures, List<String> departments, String user) {
    if (measures == null) {
      throw new BusinessRuleException("请填写投诉改进措施");
    }
    for (String d : departments) {
      if (!ComplaintCodes.DEPARTMENTS.contains(d)) {
        throw new BusinessRuleException("责任部门「" + d + "」不在可选范围内");
      }
    }
    ComplaintReport r = reports.findById(reportId).orElseThrow();
    r.setImprovementMeasures(measures);
    r.setImprovementDepartments(departments.isEmpty() ? null : String.join(",", departments));
    r.setRecordedBy(user);
    r.setRecordedAt(clock.instant());
  }

  @Transactional(readOnly = true)
  public List<ReportSummary> list() {
    return reports.findAllByOrderByIdDesc().stream().map(r -> new ReportSummary(r.getId(), r.getPeriodFrom(),
        r.getPeriodTo(), r.getCreatedAt(), r.getRecordedAt() != null)).toList();
  }

  @Transactional(readOnly = true)
  public ReportView view(Long id) {
    ComplaintReport r = reports.findById(id).orElseThrow(() -> new NotFoundException("找不到投诉分析报告 " + id));
    return view(r);
  }

  ReportView view(ComplaintReport r) {
    List<String> departments = r.getImprovementDepartments() == null ? List.of()
        : Arrays.stream(r.getImprovementDepartments().split(",")).filter(s -> !s.isBlank()).toList();
    return new ReportView(r.getId(), r.getPeriodFrom(), r.getPeriodTo(), r.getCreatedAt(), read(r.getReportJson()),
        r.getImprovementMeasures(), departments, r.getRecordedBy(), r.getRecordedAt(), r.getProcessInstanceId());
  }

  /** Markdown summary of a report for the top of the improvement form ({@code {{context}}}). */
  @Transactional(readOnly = true)
  public String summary(Long reportId) {
    ReportView r = view(reportId);
    ComplaintKpis k = r.figures();
    StringBuilder md = new StringBuilder();
    md.append("**投诉分析报告 #").append(r.id()).append("** · 统计期间：").append(k.from()).append(" 至 ")
        .append(k.to()).append(" · 投诉总数：").append(k.total()).append("\n\n");
    md.append("- 初步响应及时率：").append(ComplaintKpiCsv.percent(k.onTimeInitialResponseRate())).append("\n");
    md.append("- 处理结果反馈及时率：").append(ComplaintKpiCsv.percent(k.onTimeFeedbackRate())).append("\n");
    md.append("- 投诉解决率：").append(ComplaintKpiCsv.percent(k.resolutionRate())).append("\n");
    md.append("- 投诉重开率：").append(ComplaintKpiCsv.percent(k.reopenRate())).append("\n");
    md.append("- 平均满意度（1–5）：")
        .append(k.averageSatisfaction() == null ? ComplaintKpiCsv.NO_DATA : k.averageSatisfaction()).append("\n");
    md.append("- 按类别：").append(counts(k.byCategory(), ComplaintCodes.CATEGORIES)).append("\n");
    md.append("- 按原因：").append(counts(k.byCause(), ComplaintCodes.CAUSES)).append("\n");
    md.append("- 按责任部门：").append(counts(k.byDepartment(), Map.of())).append("\n");
    md.append("- 按渠道：").append(counts(k.byChannel(), ComplaintCodes.CHANNELS)).append("\n\n");
    md.append("**重复发生的投诉原因**：").append(k.recurringCauses().isEmpty() ? "无"
        : k.recurringCauses().stream().map(c -> ComplaintCodes.label(ComplaintCodes.CAUSES, c.cause()) + "（"
            + c.count() + " 起）").collect(Collectors.joining("、"))).append("\n");
    return md.toString();
  }

  private static String counts(Map<String, Long> counts, Map<String, String> labels) {
    if (counts.isEmpty()) {
      return "无";
    }
    return counts.entrySet().stream().map(e -> ComplaintCodes.label(labels, e.getKey()) + " " + e.getValue())
        .collect(Collectors.joining("、"));
  }

  private String write(ComplaintKpis k) {
    try {
      return json.writeValueAsString(k);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ComplaintKpis read(String s) {
    try {
      return json.readValue(s, ComplaintKpis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable report JSON", e);
    }
  }
}
