package com.crmflow.customer.api;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.api.CustomerImport.Report;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/customers/import}: a CSV customer list, for {@code crm-dept} and {@code camunda-admin}. */
@RestController
public class CustomerImportController {

  private final CustomerImport importer;
  private final CustomerAccess access;
  private final AuditLog audit;

  public CustomerImportController(CustomerImport importer, CustomerAccess access, AuditLog audit) {
    this.importer = importer;
    this.access = access;
    this.audit = audit;
  }

  @PostMapping(path = "/api/customers/import",
      consumes = {"text/csv", "application/csv", "text/plain", "application/octet-stream"})
  public Report importCsv(@RequestBody(required = false) byte[] body) {
    if (!access.mayImport()) {
      audit.record(AuditLog.DENIED, "customer-import", null, "import refused: not crm-dept");
      throw new ForbiddenException("只有客户关系管理部门（crm-dept）和系统管理员可以批量导入客户");
    }
    return importer.run(body, audit.currentActor());
  }
}
