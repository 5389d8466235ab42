package com.crmflow.complaint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.complaint.analysis.ComplaintKpis.CauseCount;
import com.crmflow.complaint.analysis.ComplaintReportService.ReportView;
import com.crmflow.testsupport.BeijingTime;
import com.crmflow.testsupport.Verifies;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintKpiCsvTest {

  static ComplaintKpis figures() {
    Map<String, Long> category = new LinkedHashMap<>();
    category.put("product-quality", 3L);
    category.put("billing", 1L);
    Map<String, Long> cause = new LinkedHashMap<>();
    cause.put("product-defect", 3L);
    cause.put("customer-misunderstanding", 1L);
    return new ComplaintKpis(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 4, category, cause,
        Map.of("技术部", 3L), Map.of("online-service", 4L), 0.6667, null, 0.25, 0.0, 4.5,
        List.of(new CauseCount("product-defect", 3)));
  }

  @Test
  @Verifies({"P2.KPI", "P2.10"})
  void utf8WithByteOrderMarkAndChineseLabels() {
    byte[] csv = ComplaintKpiCsv.kpis(figures());
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).containsExactly(
        "指标,值",
        "统计开始日期,2026-11-01",
        "统计结束日期,2026-11-30",
        "投诉总数,4",
        "投诉类别：产品质量,3",
        "投诉类别：费用结算,1",
        "投诉原因：产品缺陷,3",
        "投诉原因：客户误解,1",
        "责任部门：技术部,3",
        "投诉渠道：在线客服,4",
        "初步响应及时率,66.67%",
        "处理结果反馈及时率,无数据",
        "投诉解决率,25.00%",
        "投诉重开率,0.00%",
        "平均满意度（1–5）,4.5",
        "重复发生的投诉原因：产品缺陷,3");
  }

  @Test
  @Verifies("P2.10")
  void noRecurringCauseAndUnknownCodesAreShownPlainly() {
    ComplaintKpis k = new ComplaintKpis(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 1,
        Map.of("new-category", 1L), Map.of(), Map.of(), Map.of("fax", 1L), null, null, 0.0, 0.0, null, List.of());
    String text = new String(ComplaintKpiCsv.kpis(k), StandardCharsets.UTF_8);
    assertThat(text).contains("投诉类别：new-category,1\r\n").contains("投诉渠道：fax,1\r\n")
        .contains("平均满意度（1–5）,无数据\r\n").endsWith("重复发生的投诉原因,无\r\n");
  }

  @Test
  @Verifies("P2.10")
  void reportCsvQuotesFreeTextAndDefusesFormulas() {
    ReportView r = new ReportView(7L, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
        Instant.parse("2026-11-30T18:00:00Z"), figures(), "=HYPERLINK(\"x\")\n加强出厂检验, 每周抽检",
        List.of("技术部", "客服部"), "yangjun", Instant.parse("2026-12-02T01:30:00Z"), "pi-1");
    String text = new String(ComplaintKpiCsv.report(r, BeijingTime.BEIJING), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF指标,值\r\n报告编号,7\r\n生成时间,2026-12-01 02:00\r\n统计开始日期,2026-11-01\r\n")
        .contains("改进措施,\"'=HYPERLINK(\"\"x\"\")\n加强出厂检验, 每周抽检\"\r\n")
        .contains("改进责任部门,技术部、客服部\r\n")
        .contains("改进措施记录人,yangjun\r\n")
        .endsWith("改进措施记录时间,2026-12-02 09:30\r\n");
  }
}
