package com.crmflow.supervision.api;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.supervision.domain.InspectionInput.Request;
import com.crmflow.supervision.domain.InspectionReport;
import com.crmflow.supervision.domain.Inspections;
import com.crmflow.supervision.process.InspectionStarter;
import com.crmflow.supervision.process.InspectionStarter.Started;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspections of process compliance (SPEC X.4): {@code POST /api/inspections} starts one (the supervisor only —
 * as in Tasklist), {@code GET /api/inspections/{id}} returns its report (sample, checklists, findings and their
 * rectification) to the supervisor and senior management; anybody else gets 403.
 */
@RestController
@RequestMapping("/api/inspections")
public class InspectionController {

  static final List<String> START = List.of("supervisor");
  static final List<String> READ = List.of("supervisor", "senior-management");

  private final InspectionStarter starter;
  private final Inspections inspections;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  public InspectionController(InspectionStarter starter, Inspections inspections, CurrentUser currentUser,
      AuditLog audit) {
    this.starter = starter;
    this.inspections = inspections;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /** The body: the process to inspect (its key), the period its cases were completed in, the sample size (optional). */
  public record InspectionRequest(String inspectedProcess, LocalDate periodFrom, LocalDate periodTo, Integer sampleSize) {}

  @PostMapping
  public ResponseEntity<Started> start(@RequestBody InspectionRequest body) {
    if (!currentUser.inAnyOf(START)) {
      audit.record(AuditLog.DENIED, "inspection", null, "inspection start refused: not supervisor");
      throw new ForbiddenException("只有监督部门可以发起流程督查");
    }
    Started s = starter.start(new Request(body.inspectedProcess(), body.periodFrom(), body.periodTo(), body.sampleSize()));
    return ResponseEntity.created(URI.create("/api/inspections/" + s.inspectionId())).body(s);
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  public InspectionReport report(@PathVariable Long id) {
    if (!currentUser.inAnyOf(READ)) {
      audit.record(AuditLog.DENIED, "inspection", id, "inspection report refused: not supervisor or senior-management");
      throw new ForbiddenException("只有监督部门和高层管理团队可以查阅督查报告");
    }
    return inspections.report(id);
  }
}
