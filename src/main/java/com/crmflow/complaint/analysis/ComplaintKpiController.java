package com.crmflow.complaint.analysis;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.complaint.analysis.ComplaintAnalysisApi.InvalidParameterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/kpis/complaints?from=2026-11-01&to=2026-11-30}: the complaint KPIs of a period, JSON or CSV. */
@RestController
@PreAuthorize("hasAnyAuthority('GROUP_cs-manager', 'GROUP_crm-dept', 'GROUP_senior-management', 'GROUP_supervisor', 'GROUP_camunda-admin')")
@DeniedMessage("只有客户服务经理、客户关系管理部门、高层管理团队、监督部门和系统管理员可以查看投诉统计")
public class ComplaintKpiController {

  private final ComplaintKpiService kpis;
  private final ComplaintAnalysisApi api;

  public ComplaintKpiController(ComplaintKpiService kpis, ComplaintAnalysisApi api) {
    this.kpis = kpis;
    this.api = api;
  }

  @GetMapping("/api/kpis/complaints")
  public ResponseEntity<?> complaints(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    var start = ComplaintAnalysisApi.date("from", from);
    var end = ComplaintAnalysisApi.date("to", to);
    if (start.isAfter(end)) {
      throw new InvalidParameterException("from", "参数 from（" + start + "）不能晚于 to（" + end + "）");
    }
    boolean csv = ComplaintAnalysisApi.csv(format, accept);
    ComplaintKpis figures = kpis.compute(start, end);
    if (!csv) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ComplaintKpiCsv.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("complaint-kpis-" + start + "_" + end + ".csv").build().toString())
        .body(ComplaintKpiCsv.kpis(figures));
  }

  /** {@code GET /api/kpis/complaints/open}: the complaints open now by breach level (Cockpit plugin). */
  @GetMapping("/api/kpis/complaints/open")
  public ComplaintKpiService.OpenComplaints open() {
    return kpis.openByBreachLevel();
  }

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalid(InvalidParameterException e) {
    return ComplaintAnalysisApi.problem(e);
  }
}
