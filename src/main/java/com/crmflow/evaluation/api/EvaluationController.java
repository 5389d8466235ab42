package com.crmflow.evaluation.api;

import com.crmflow.evaluation.domain.EvaluationReport;
import com.crmflow.evaluation.domain.Quarter;
import com.crmflow.evaluation.domain.QuarterlyEvaluations;
import com.crmflow.platform.web.DeniedMessage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evaluations?quarter=2026-Q3} and {@code GET /api/evaluations/export?quarter=2026-Q3} (CSV): the
 * quarterly evaluation per owner with the decisions, the appraisal input (SPEC P7.4). Senior management and crm-dept
 * only.
 */
@RestController
@PreAuthorize("hasAnyAuthority('GROUP_senior-management', 'GROUP_crm-dept')")
@DeniedMessage("只有高层管理团队和客户关系管理部门可以查看客户负责人季度考核")
public class EvaluationController {

  private final QuarterlyEvaluations evaluations;

  public EvaluationController(QuarterlyEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping("/api/evaluations")
  public EvaluationReport evaluation(@RequestParam(required = false) String quarter) {
    return evaluations.report(Quarter.parse(quarter));
  }

  @GetMapping("/api/evaluations/export")
  public ResponseEntity<byte[]> export(@RequestParam(required = false) String quarter) {
    Quarter q = Quarter.parse(quarter);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(EvaluationCsv.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("owner-evaluation-" + q + ".csv").build().toString())
        .body(EvaluationCsv.of(evaluations.report(q)));
  }
}
