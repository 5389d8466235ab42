package com.crmflow.customer.domain;

import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.validation.Inputs;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 负责人变更 (SPEC P3.4): after creation a customer's owner changes only here, and who changed it, when and why is
 * kept (owner history, audit entry, {@link CustomerOwnerChanged}). Times are the engine's clock.
 */
@Service
public class CustomerOwnership {

  private final CustomerRepository customers;
  private final OwnerChangeRepository ownerChanges;
  private final OwnerEligibility eligibility;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  public CustomerOwnership(CustomerRepository customers, OwnerChangeRepository ownerChanges,
      OwnerEligibility eligibility, AuditLog audit, ApplicationEventPublisher events) {
    this.customers = customers;
    this.ownerChanges = ownerChanges;
    this.eligibility = eligibility;
    this.audit = audit;
    this.events = events;
  }

  /**
   * Makes the input's owner the customer's owner. Refused (400 naming the field) when the new owner or the reason
   * is empty, the owner is no user, or not a member of a group that may own a customer of the customer's grade
   * (processes/owner-eligibility.dmn). The same owner again changes nothing and returns null.
   */
  @Transactional
  public OwnerChange changeOwner(Long id, OwnerChangeInput in, String actor) {
    Inputs.valid(in);
    Customer c = customers.findById(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
    String owner = in.owner().trim();
    if (!eligibility.userExists(owner)) {
      throw new InvalidFieldException("owner", "用户「" + owner + "」不存在");
    }
    if (!eligibility.isEligible(owner, c.getGrade())) {
      throw new InvalidFieldException("owner", "用户「" + owner + "」不能担任" + OwnerEligibility.gradeLabel(c.getGrade())
          + "的责任人（可担任的组：" + String.join("、", eligibility.groups(c.getGrade())) + "）");
    }
    if (owner.equals(c.getOwner())) {
      return null;
    }
    String reason = truncate(in.reason().trim(), 500);
    String previous = c.getOwner();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    OwnerChange change = ownerChanges.save(new OwnerChange(c.getId(), previous, owner, c.getGrade(), reason,
        actor == null ? "system" : actor, now));
    c.setOwner(owner);
    c.setUpdatedAt(now);
    events.publishEvent(new CustomerOwnerChanged(id, previous, owner, in.reason(), actor));
    audit.record(actor, AuditLog.OWNER_CHANGE, CustomerFields.ENTITY, id, "owner " + previous + " → " + owner
        + "; reason: " + reason);
    return change;
  }

  /** The customer's owner changes, oldest first. */
  @Transactional(readOnly = true)
  public List<OwnerChange> ownerHistory(Long customerId) {
    return ownerChanges.findByCustomerIdOrderById(customerId);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
