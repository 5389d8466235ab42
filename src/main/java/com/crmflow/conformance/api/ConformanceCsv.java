package com.crmflow.conformance.api;

import com.crmflow.conformance.ConformanceReport;
import com.crmflow.conformance.ConformanceReport.Figure;
import com.crmflow.conformance.ConformanceReport.InstanceFindings;
import com.crmflow.conformance.FindingKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The conformance report as CSV for Excel: first the figures (指标, 数量, 基数, 比率), an empty line, then one row per
 * instance with findings — a 是/空 column per kind, the reasons and the Cockpit link. UTF-8 with a BOM (Excel misreads
 * Chinese without), CRLF lines; a cell a spreadsheet would run as a formula (=, +, -, @) gets an apostrophe.
 */
final class ConformanceCsv {

  static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final Map<String, String> STATES = Map.of("ACTIVE", "办理中", "SUSPENDED", "已挂起", "COMPLETED", "已办结",
      "EXTERNALLY_TERMINATED", "已取消", "INTERNALLY_TERMINATED", "已终止");
  static final List<FindingKind> KINDS = List.of(FindingKind.DEADLINE_BREACHED, FindingKind.ESCALATED,
      FindingKind.REOPENED, FindingKind.MANDATED_STEP_SKIPPED, FindingKind.TERMINATED, FindingKind.INCIDENT);

  private ConformanceCsv() {}

  static byte[] of(ConformanceReport r, ZoneId timeZone) {
    StringBuilder sb = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.RFC4180)) {
      printer.printRecord("指标", "数量", "基数", "比率");
      printer.printRecord("流程", r.processName() + "（" + r.processKey() + "）", "", "");
      printer.printRecord("统计期间", r.from() + " 至 " + r.to(), "", "");
      printer.printRecord("实例数（期间内开始或结束）", r.instances(), "", "");
      printer.printRecord("已办结", r.completed(), "", "");
      printer.printRecord("办理中", r.running(), "", "");
      figure(printer, "超过时限", r.deadlineBreached());
      figure(printer, "已升级", r.escalated());
      figure(printer, "重新处理", r.reopened());
      figure(printer, "缺少必经步骤（已办结实例）", r.skippedMandatedStep());
      figure(printer, "流程被取消", r.cancelled());
      figure(printer, "技术故障", r.incident());
      figure(printer, "有问题的实例", r.nonconforming());
      printer.printRecord("合规率", "", "", percent(r.conformanceRate()));
      for (ConformanceReport.StepSkips s : r.skipsByStep()) {
        printer.printRecord(defused("缺少必经步骤：" + s.name()), s.count(), "", "");
      }
      printer.println();
      List<String> header = new ArrayList<>(List.of("流程实例", "业务编号", "版本", "状态", "开始时间", "结束时间"));
      KINDS.forEach(k -> header.add(k.label()));
      header.addAll(List.of("原因", "Cockpit 链接"));
      printer.printRecord(header);
      for (InstanceFindings i : r.findings().items()) {
        List<String> row = new ArrayList<>(List.of(i.processInstanceId(), i.businessKey() == null ? "" : i.businessKey(),
            String.valueOf(i.version()), STATES.getOrDefault(i.state(), i.state()), time(i.startTime(), timeZone),
            time(i.endTime(), timeZone)));
        KINDS.forEach(k -> row.add(i.reasons().stream().anyMatch(f -> f.kind() == k) ? "是" : ""));
        row.add(i.reasons().stream().map(f -> f.label() + "：" + f.detail()).collect(Collectors.joining("；")));
        row.add(i.cockpitUrl());
        printer.printRecord(row.stream().map(ConformanceCsv::defused).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void figure(CSVPrinter printer, String label, Figure f) throws IOException {
    printer.printRecord(label, f.count(), f.of(), percent(f.rate()));
  }

  static String percent(Double rate) {
    return rate == null ? "无数据"
        : BigDecimal.valueOf(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String time(Instant instant, ZoneId timeZone) {
    return instant == null ? "" : MINUTES.format(instant.atZone(timeZone));
  }

  static String defused(String s) {
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
