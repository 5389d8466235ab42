package com.crmflow.evaluation.api;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.evaluation.domain.ManagerKpis;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpis/satisfaction?quarters=4} and {@code GET /api/kpis/grades?quarters=4}: satisfaction per owner
 * per quarter and the grade distribution with its changes (Cockpit plugin). A team lead sees the owners of their
 * teams; crm-dept, senior-management, supervisor and administrators see every owner; anyone else gets 403.
 */
@RestController
public class ManagerKpiController {

  private final ManagerKpis kpis;
  private final CustomerAccess access;

  public ManagerKpiController(ManagerKpis kpis, CustomerAccess access) {
    this.kpis = kpis;
    this.access = access;
  }

  @GetMapping("/api/kpis/satisfaction")
  public ManagerKpis.Satisfaction satisfaction(@RequestParam(defaultValue = "4") int quarters) {
    var owners = access.kpiOwners();
    return kpis.satisfaction(kpis.lastQuarters(quarters), owners);
  }

  @GetMapping("/api/kpis/grades")
  public ManagerKpis.Grades grades(@RequestParam(defaultValue = "4") int quarters) {
    var owners = access.kpiOwners();
    return kpis.grades(kpis.lastQuarters(quarters), owners);
  }
}
