package com.crmflow.customer.owner;

import com.crmflow.customer.owner.OwnerViolations.Report;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.security.CurrentUser;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/customers/owner-violations}: ACTIVE customers without exactly one eligible owner. */
@RestController
public class OwnerViolationController {

  static final Set<String> READERS = Set.of("crm-dept", "supervisor", "camunda-admin");

  private final OwnerViolations violations;
  private final CurrentUser currentUser;

  public OwnerViolationController(OwnerViolations violations, CurrentUser currentUser) {
    this.violations = violations;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/customers/owner-violations")
  public Report list(@RequestParam(defaultValue = "500") int limit) {
    currentUser.requireAnyOf(READERS, "只有客户关系管理部门和监督部门可以查看客户责任人检查结果");
    if (limit < 1 || limit > 10000) {
      throw new InvalidFieldException("limit", "应在 1 到 10000 之间");
    }
    return violations.check(limit);
  }
}
