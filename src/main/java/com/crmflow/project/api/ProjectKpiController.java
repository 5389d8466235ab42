package com.crmflow.project.api;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.project.domain.ProjectKpis;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpis/projects}: projects per stage (Cockpit plugin). A team lead counts the projects of the
 * account managers they lead; crm-dept, senior-management, supervisor and administrators all; anyone else 403.
 */
@RestController
public class ProjectKpiController {

  private final ProjectKpis kpis;
  private final CustomerAccess access;

  public ProjectKpiController(ProjectKpis kpis, CustomerAccess access) {
    this.kpis = kpis;
    this.access = access;
  }

  @GetMapping("/api/kpis/projects")
  public ProjectKpis.Stages byStage() {
    return kpis.byStage(access.kpiOwners());
  }
}
