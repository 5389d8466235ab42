package com.crmflow.evaluation.api;

import com.crmflow.evaluation.domain.EvaluationProposal;
import com.crmflow.evaluation.domain.EvaluationReport;
import com.crmflow.evaluation.domain.EvaluationReport.OwnerRow;
import com.crmflow.evaluation.domain.EvaluationReport.ProposalRow;
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
 * The appraisal input of a quarter as CSV (SPEC P7.4; 000 §3(3), 004 §6.3): one row per owner — performance (the
 * figures), attitude, teamwork, satisfaction, complaint results — and that owner's proposals with their decisions.
 * UTF-8 with a BOM for Excel; every cell a spreadsheet would run as a formula (=, +, -, @) gets an apostrophe.
 */
final class EvaluationCsv {

  static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final List<String> HEADER = List.of("季度", "客户负责人", "满意度调查数", "满意调查数", "客户满意度(%)", "投诉数",
      "初步响应及时率(%)", "结果反馈及时率(%)", "重新处理投诉数", "客户满意结论数", "有结论投诉数", "应回访数", "按时回访数",
      "按时回访率(%)", "客户升级数", "新增A类客户数", "工作态度(1-5)", "团队协作(1-5)", "奖惩建议及审定");
  static final Map<String, String> DECISIONS = Map.of("approve", "同意", "adjust", "调整", "reject", "驳回");

  private EvaluationCsv() {}

  static byte[] of(EvaluationReport r) {
    StringBuilder sb = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.RFC4180)) {
      printer.printRecord(HEADER);
      for (OwnerRow o : r.owners()) {
        List<String> row = new ArrayList<>(List.of(r.quarter(), o.owner(), n(o.surveys()), n(o.satisfiedSurveys()),
            rate(o.satisfactionRate()), n(o.complaints()), rate(o.responseRate()), rate(o.feedbackRate()),
            n(o.reopened()), n(o.satisfiedVerdicts()), n(o.verdicts()), n(o.visitsDue()), n(o.visitsOnTime()),
            rate(o.visitRate()), n(o.upgrades()), n(o.newACustomers()), opt(o.attitude()), opt(o.teamwork()),
            proposals(o.proposals())));
        printer.printRecord(row.stream().map(EvaluationCsv::defused).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String proposals(List<ProposalRow> proposals) {
    List<String> parts = new ArrayList<>();
    for (ProposalRow p : proposals) {
      String kind = EvaluationProposal.REWARD.equals(p.kind()) ? "奖励建议" : "惩罚审查";
      String decision = p.decision() == null ? "待审定" : DECISIONS.getOrDefault(p.decision(), p.decision())
          + (p.decisionReason() == null ? "" : "（" + p.decisionReason() + "）");
      parts.add(kind + "：" + p.reason() + " → " + decision);
    }
    return String.join("；", parts);
  }

  private static String n(int v) {
    return String.valueOf(v);
  }

  private static String opt(Integer v) {
    return v == null ? "" : v.toString();
  }

  private static String rate(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  static String defused(String s) {
    return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
