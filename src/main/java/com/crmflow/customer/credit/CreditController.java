package com.crmflow.customer.credit;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerFields;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/customers/{id}/credit-evaluations}: starts a credit evaluation (SPEC P3.7) of an ACTIVE
 * customer — by crm-dept, finance or the customer's owner; 409 while one is open. Somebody who may not see the
 * customer gets 404 as if it did not exist; somebody who sees it but is none of these, 403.
 */
@RestController
public class CreditController {

  /** Who may start an evaluation of any customer (besides the customer's owner). */
  static final Set<String> START = Set.of(CreditVariables.CRM_DEPT, CreditVariables.FINANCE);

  private final CreditStarter starter;
  private final CustomerDirectory customers;
  private final CustomerAccess access;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  public CreditController(CreditStarter starter, CustomerDirectory customers,
      CustomerAccess access, CurrentUser currentUser, AuditLog audit) {
    this.starter = starter;
    this.customers = customers;
    this.access = access;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  public record EvaluationStarted(String evaluationNumber, Long evaluationId, String processInstanceId) {}

  @PostMapping("/api/customers/{id}/credit-evaluations")
  public ResponseEntity<EvaluationStarted> start(@PathVariable Long id) {
    String user = currentUser.id();
    Customer c = customers.find(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
    boolean allowed = user != null && (user.equals(c.getOwner()) || currentUser.inAnyOf(START));
    if (!allowed) {
      if (!access.canSee(c)) {
        throw new NotFoundException("找不到客户 " + id);
      }
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, id, "credit evaluation refused: not crm-dept, finance or owner");
      throw new ForbiddenException("只有客户关系管理部门、财务部门或客户负责人可以发起信用评估");
    }
    CreditEvaluation e = starter.start(id, CreditEvaluation.REQUEST, user);
    return ResponseEntity.created(URI.create("/api/customers/" + id + "/credit-evaluations/" + e.getId()))
        .body(new EvaluationStarted(e.getEvaluationNumber(), e.getId(), e.getProcessInstanceId()));
  }
}
