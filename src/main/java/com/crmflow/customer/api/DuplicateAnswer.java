package com.crmflow.customer.api;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.DuplicateCustomerException;
import com.crmflow.platform.web.ApiExceptionHandler;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * What the caller learns about an existing customer that makes a new name or credit code a duplicate (create,
 * update, CSV import): a pointer to it (id and link) only if the caller may see it ({@link CustomerAccess}, the
 * same rule as {@code GET /api/customers/{id}}); otherwise only that the customer exists and whom to ask — no id,
 * no owner, nothing else.
 */
@Component
public class DuplicateAnswer {

  static final String ASK_CRM_DEPT = "该客户不在您的负责范围内，如需了解或跟进，请联系客户关系管理部门（crm-dept）";

  private final CustomerRepository customers;
  private final CustomerAccess access;

  public DuplicateAnswer(CustomerRepository customers, CustomerAccess access) {
    this.customers = customers;
    this.access = access;
  }

  /** The existing customer's id if the current caller may see that customer. */
  public Optional<Long> visibleId(Long existingId) {
    return existingId == null ? Optional.empty()
        : customers.findById(existingId).filter(access::canSee).map(c -> c.getId());
  }

  /** The message for the caller: with the customer's id when visible, else with whom to ask. */
  public String message(DuplicateCustomerException e) {
    return visibleId(e.existingId()).map(id -> e.getMessage() + "（客户 " + id + "）")
        .orElseGet(() -> e.getMessage() + "。" + ASK_CRM_DEPT);
  }

  /** "客户 12" when visible, else "另一个客户". */
  public String name(Long existingId) {
    return visibleId(existingId).map(id -> "客户 " + id).orElse("另一个客户");
  }

  /** The 409 of {@code /api/customers}: {@code existingCustomerId}/{@code Url} only for a visible customer. */
  public ProblemDetail problem(DuplicateCustomerException e) {
    Optional<Long> id = visibleId(e.existingId());
    ProblemDetail p = ApiExceptionHandler.problem(HttpStatus.CONFLICT, "客户已存在", message(e));
    p.setProperty("fields", List.of(e.field()));
    id.ifPresent(x -> {
      p.setProperty("existingCustomerId", x);
      p.setProperty("existingCustomerUrl", "/api/customers/" + x);
    });
    return p;
  }
}
