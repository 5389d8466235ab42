package com.crmflow.agreement.api;

import com.crmflow.agreement.domain.AgreementKpis;
import com.crmflow.customer.access.CustomerAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpis/agreements/expiring?days=90}: agreements in force ending within the days (Cockpit plugin).
 * A team lead sees those of the customers their team members own; crm-dept, senior-management, supervisor and
 * administrators all; anyone else 403.
 */
@RestController
public class AgreementKpiController {

  private final AgreementKpis kpis;
  private final CustomerAccess access;

  public AgreementKpiController(AgreementKpis kpis, CustomerAccess access) {
    this.kpis = kpis;
    this.access = access;
  }

  @GetMapping("/api/kpis/agreements/expiring")
  public AgreementKpis.Expiring expiring(@RequestParam(defaultValue = "90") int days) {
    var owners = access.kpiOwners();
    return kpis.expiring(days, owners);
  }
}
