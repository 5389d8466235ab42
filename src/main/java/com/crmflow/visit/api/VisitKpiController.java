package com.crmflow.visit.api;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.visit.domain.VisitKpis;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpis/return-visits/overdue}: overdue return visits (Cockpit plugin). A team lead sees the visits
 * of the owners they lead; crm-dept, senior-management, supervisor and administrators all; anyone else 403.
 */
@RestController
public class VisitKpiController {

  private final VisitKpis kpis;
  private final CustomerAccess access;

  public VisitKpiController(VisitKpis kpis, CustomerAccess access) {
    this.kpis = kpis;
    this.access = access;
  }

  @GetMapping("/api/kpis/return-visits/overdue")
  public VisitKpis.Overdue overdue() {
    return kpis.overdue(access.kpiOwners());
  }
}
