package com.crmflow.customer.owner;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.customer.owner.OwnerViolations.Report;
import com.crmflow.platform.process.InvalidFieldException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/customers/owner-violations}: ACTIVE customers without exactly one eligible owner. */
@RestController
public class OwnerViolationController {


  private final OwnerViolations violations;

  public OwnerViolationController(OwnerViolations violations) {
    this.violations = violations;
  }

  @PreAuthorize("hasAnyAuthority('GROUP_crm-dept', 'GROUP_supervisor', 'GROUP_camunda-admin')")
  @DeniedMessage("只有客户关系管理部门和监督部门可以查看客户责任人检查结果")
  @GetMapping("/api/customers/owner-violations")
  public Report list(@RequestParam(defaultValue = "500") int limit) {
    if (limit < 1 || limit > 10000) {
      throw new InvalidFieldException("limit", "应在 1 到 10000 之间");
    }
    return violations.check(limit);
  }
}
