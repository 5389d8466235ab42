package com.crmflow.complaint.analysis;

import com.crmflow.complaint.domain.ComplaintCodes;

import com.crmflow.complaint.analysis.ComplaintKpis.CauseCount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The KPI figures as CSV for Excel: UTF-8 with byte order mark (without it Excel misreads Chinese), CRLF lines,
 * columns 指标,值 and one row per figure and per breakdown entry, codes shown by their Chinese labels. Rates are
 * percentages with two decimals; a rate without data reads 无数据.
 */
public final class ComplaintKpiCsv {

  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final String NO_DATA = "无数据";
  /** RFC 4180: comma, double quotes only where needed, CRLF line ends. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final java.time.format.DateTimeFormatter MINUTES =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ComplaintKpiCsv() {}

  /** Rows (label, value) of the figures, in the order of the CSV. */
  public static List<String[]> rows(ComplaintKpis k) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("统计开始日期", k.from().toString()));
    rows.add(row("统计结束日期", k.to().toString()));
    rows.add(row("投诉总数", String.valueOf(k.total())));
    breakdown(rows, "投诉类别", k.byCategory(), ComplaintCodes.CATEGORIES);
    breakdown(rows, "投诉原因", k.byCause(), ComplaintCodes.CAUSES);
    breakdown(rows, "责任部门", k.byDepartment(), Map.of());
    breakdown(rows, "投诉渠道", k.byChannel(), ComplaintCodes.CHANNELS);
    rows.add(row("初步响应及时率", percent(k.onTimeInitialResponseRate())));
    rows.add(row("处理结果反馈及时率", percent(k.onTimeFeedbackRate())));
    rows.add(row("投诉解决率", percent(k.resolutionRate())));
    rows.add(row("投诉重开率", percent(k.reopenRate())));
    rows.add(row("平均满意度（1–5）", k.averageSatisfaction() == null ? NO_DATA : plain(k.averageSatisfaction())));
    if (k.recurringCauses().isEmpty()) {
      rows.add(row("重复发生的投诉原因", "无"));
    }
    for (CauseCount c : k.recurringCauses()) {
      rows.add(row("重复发生的投诉原因：" + ComplaintCodes.label(ComplaintCodes.CAUSES, c.cause()), String.valueOf(c.count())));
    }
    return rows;
  }

  public static byte[] kpis(ComplaintKpis k) {
    return csv(rows(k));
  }

  /** A stored report: its number and creation, the figures, then the improvement measures recorded for it. */
  public static byte[] report(ComplaintReportService.ReportView r, java.time.ZoneId timeZone) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("报告编号", String.valueOf(r.id())));
    rows.add(row("生成时间", time(r.createdAt(), timeZone)));
    rows.addAll(rows(r.figures()));
    rows.add(row("改进措施", r.improvementMeasures() == null ? "尚未制定" : r.improvementMeasures()));
    rows.add(row("改进责任部门", String.join("、", r.improvementDepartments())));
    rows.add(row("改进措施记录人", r.recordedBy() == null ? "" : r.recordedBy()));
    rows.add(row("改进措施记录时间", time(r.recordedAt(), timeZone)));
    return csv(rows);
  }

  /** Local time (the working calendar's time zone) to the minute. */
  private static String time(java.time.Instant instant, java.time.ZoneId timeZone) {
    return instant == null ? "" : MINUTES.format(instant.atZone(timeZone));
  }

  static String percent(Double rate) {
    if (rate == null) {
      return NO_DATA;
    }
    return BigDecimal.valueOf(rate).movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void breakdown(List<String[]> rows, String title, Map<String, Long> counts, Map<String, String> labels) {
    counts.forEach((code, count) -> rows.add(row(title + "：" + ComplaintCodes.label(labels, code), String.valueOf(count))));
  }

  private static String[] row(String label, String value) {
    return new String[] {label, value};
  }

  static byte[] csv(List<String[]> rows) {
    StringBuilder sb = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(sb, FORMAT)) {
      printer.printRecord("指标", "值");
      for (String[] r : rows) {
        printer.printRecord(defused(r[0]), defused(r[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Free text that Excel would run as a formula (=, +, -, @) gets an apostrophe in front (commons-csv quotes). */
  static String defused(String s) {
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
