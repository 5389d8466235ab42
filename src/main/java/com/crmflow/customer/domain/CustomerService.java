package com.crmflow.customer.domain;

import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.web.ApiExceptionHandler.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of a customer that other features rely on: its grade and its owner. An owner change goes through
 * {@link #changeOwner} only, which refuses a missing or unknown user and anyone outside the groups that may own
 * a customer of that grade (processes/owner-eligibility.dmn) — so no caller can leave an ACTIVE customer without
 * an owner — and records the change.
 */
@Service
public class CustomerService {

  private final CustomerRepository customers;
  private final OwnerChangeRepository ownerChanges;
  private final OwnerEligibility eligibility;

  public CustomerService(CustomerRepository customers, OwnerChangeRepository ownerChanges,
      OwnerEligibility eligibility) {
    this.customers = customers;
    this.ownerChanges = ownerChanges;
    this.eligibility = eligibility;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The customer (no access check); 404 when there is none. */
  public Customer get(Long id) {
    if (id == null) {
      throw new InvalidFieldException("customerId", "客户编号不能为空");
    }
    return customers.findById(id).orElseThrow(() -> new NotFoundException("客户 " + id + " 不存在"));
  }

  /**
   * Makes {@code newOwner} the customer's owner and records who changed it, when and why. Refused (400 naming
   * the field) when the new owner is empty, no user, or not a member of a group that may own a customer of the
   * customer's grade; when no reason is given. The same owner again changes nothing and returns null.
   */
  @Transactional
  public OwnerChange changeOwner(Long id, String newOwner, String reason, String actor) {
    Customer c = get(id);
    String owner = newOwner == null ? null : newOwner.trim();
    if (owner == null || owner.isEmpty()) {
      throw new InvalidFieldException("owner", "客户必须有一名责任人");
    }
    if (!eligibility.userExists(owner)) {
      throw new InvalidFieldException("owner", "用户「" + owner + "」不存在");
    }
    if (!eligibility.isEligible(owner, c.getGrade())) {
      throw new InvalidFieldException("owner", "用户「" + owner + "」不能担任" + OwnerEligibility.gradeLabel(c.getGrade())
          + "的责任人（可担任的组：" + String.join("、", eligibility.groups(c.getGrade())) + "）");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "请说明变更责任人的原因");
    }
    if (owner.equals(c.getOwner())) {
      return null;
    }
    Instant now = now();
    OwnerChange change = ownerChanges.save(new OwnerChange(c.getId(), c.getOwner(), owner, c.getGrade(),
        reason.length() > 500 ? reason.substring(0, 500) : reason, actor == null ? "system" : actor, now));
    c.setOwner(owner);
    c.setUpdatedAt(now);
    return change;
  }

  /** Sets the customer's grade (A–D) and when it was graded. */
  @Transactional
  public void applyGrade(Long id, String grade, String actor) {
    if (!OwnerEligibility.GRADES.contains(grade)) {
      throw new InvalidFieldException("grade", "客户等级只能是 A、B、C、D：" + grade);
    }
    Customer c = get(id);
    Instant now = now();
    c.setGrade(grade);
    c.setGradedAt(now);
    c.setUpdatedAt(now);
  }

  /** Replaces the grading indicators that {@code update} names (a null value keeps the current one). */
  @Transactional
  public Indicators updateIndicators(Long id, Indicators update, String actor) {
    Customer c = get(id);
    Indicators merged = Indicators.of(c).updatedBy(update);
    check(merged.annualPurchaseAmount(), "annualPurchaseAmount", "年度采购额不能为负数");
    check(merged.purchaseFrequency(), "purchaseFrequency", "采购频率不能为负数");
    check(merged.cooperationYears(), "cooperationYears", "合作年限不能为负数");
    range(merged.growthPotential(), "growthPotential", "发展潜力");
    range(merged.marketInfluence(), "marketInfluence", "市场影响力");
    c.setAnnualPurchaseAmount(merged.annualPurchaseAmount());
    c.setPurchaseFrequency(merged.purchaseFrequency());
    c.setProfitContribution(merged.profitContribution());
    c.setCooperationYears(merged.cooperationYears());
    c.setGrowthPotential(merged.growthPotential());
    c.setMarketInfluence(merged.marketInfluence());
    c.setUpdatedAt(now());
    return merged;
  }

  /** A page of ACTIVE customers in id order. */
  public List<Customer> activeCustomers(int page, int size) {
    return customers.findByStatusOrderById(Customer.STATUS_ACTIVE, PageRequest.of(page, size));
  }

  /** The next ACTIVE customers after the given id (keyset paging; null for the first page). */
  public List<Customer> activeCustomersAfter(Long afterId, int size) {
    return customers.findByStatusAndIdGreaterThanOrderById(Customer.STATUS_ACTIVE, afterId == null ? 0L : afterId,
        PageRequest.of(0, size));
  }

  public List<OwnerChange> ownerHistory(Long customerId) {
    return ownerChanges.findByCustomerIdOrderById(customerId);
  }

  private static void check(BigDecimal v, String field, String message) {
    if (v != null && v.signum() < 0) {
      throw new InvalidFieldException(field, message);
    }
  }

  private static void check(Integer v, String field, String message) {
    if (v != null && v < 0) {
      throw new InvalidFieldException(field, message);
    }
  }

  private static void range(Integer v, String field, String name) {
    if (v != null && (v < 1 || v > 5)) {
      throw new InvalidFieldException(field, name + "应在 1 到 5 之间：" + v);
    }
  }
}
