package com.crmflow.supervision.api;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.supervision.domain.GradingAuditReport;
import com.crmflow.supervision.domain.GradingAudits;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/grading-audits/{id}}: the report of a yearly grading audit (SPEC X.4) — the compiled data, the
 * supervisor's review and senior management's decision — for the supervisor and senior management only.
 */
@RestController
public class GradingAuditController {

  static final List<String> READ = List.of("supervisor", "senior-management");

  private final GradingAudits audits;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  public GradingAuditController(GradingAudits audits, CurrentUser currentUser, AuditLog audit) {
    this.audits = audits;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @GetMapping("/api/grading-audits/{id}")
  @Transactional(readOnly = true)
  public GradingAuditReport report(@PathVariable Long id) {
    if (!currentUser.inAnyOf(READ)) {
      audit.record(AuditLog.DENIED, "grading-audit", id, "grading audit report refused");
      throw new ForbiddenException("只有监督部门和高层管理团队可以查阅分级体系审计报告");
    }
    return audits.report(id);
  }
}
