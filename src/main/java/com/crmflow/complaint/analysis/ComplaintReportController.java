package com.crmflow.complaint.analysis;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.complaint.analysis.ComplaintAnalysisApi.InvalidParameterException;
import com.crmflow.complaint.analysis.ComplaintReportService.ReportSummary;
import com.crmflow.complaint.analysis.ComplaintReportService.ReportView;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored monthly (or manual) complaint analyses: {@code GET /api/complaint-reports} lists them,
 * {@code GET /api/complaint-reports/{id}} gives the frozen figures with the improvement measures,
 * {@code /api/complaint-reports/{id}.csv} (or {@code ?format=csv}, or Accept text/csv) the same as CSV.
 */
@RestController
@RequestMapping("/api/complaint-reports")
@PreAuthorize("hasAnyAuthority('GROUP_cs-manager', 'GROUP_crm-dept', 'GROUP_senior-management', 'GROUP_supervisor', 'GROUP_camunda-admin')")
@DeniedMessage("只有客户服务经理、客户关系管理部门、高层管理团队、监督部门和系统管理员可以查看投诉统计")
public class ComplaintReportController {

  private final ComplaintReportService reports;
  private final ComplaintAnalysisApi api;

  private final java.time.ZoneId timeZone;

  public ComplaintReportController(ComplaintReportService reports, ComplaintAnalysisApi api,
      java.time.ZoneId timeZone) {
    this.timeZone = timeZone;
    this.reports = reports;
    this.api = api;
  }

  @GetMapping
  public List<ReportSummary> list() {
    return reports.list();
  }

  @GetMapping("/{id}")
  public ResponseEntity<?> get(@PathVariable String id, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    Long reportId = id(id);
    boolean csv = ComplaintAnalysisApi.csv(format, accept);
    ReportView report = reports.view(reportId);
    return csv ? csv(report) : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  @GetMapping("/{id}.csv")
  public ResponseEntity<byte[]> getCsv(@PathVariable String id) {
    return csv(reports.view(id(id)));
  }

  private ResponseEntity<byte[]> csv(ReportView report) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ComplaintKpiCsv.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("complaint-report-" + report.id() + "_" + report.periodFrom() + "_" + report.periodTo() + ".csv")
            .build().toString())
        .body(ComplaintKpiCsv.report(report, timeZone));
  }

  private static Long id(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("id", "报告编号 id 应为数字：" + id);
    }
  }

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalid(InvalidParameterException e) {
    return ComplaintAnalysisApi.problem(e);
  }
}
