package com.crmflow.customer.domain;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.validation.Inputs;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户分级 (SPEC P3.2/P3.3) on the customer: its grading indicators and the grade the grading gives it — the one way a
 * grade changes after creation, published as {@link CustomerGradeChanged}. Times are the engine's clock.
 */
@Service
public class CustomerGrades {

  private final CustomerRepository customers;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  public CustomerGrades(CustomerRepository customers, AuditLog audit, ApplicationEventPublisher events) {
    this.customers = customers;
    this.audit = audit;
    this.events = events;
  }

  /** Sets the grade (A–D, any case) and graded_at; an audit entry, and the event when the grade changed. */
  @Transactional
  public void applyGrade(Long id, String grade, String actor) {
    String g = CustomerFields.grade(grade);
    if (g == null) {
      throw new InvalidFieldException("grade", "必须是 A、B、C 或 D");
    }
    Customer c = get(id);
    String previous = c.getGrade();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    c.setGrade(g);
    c.setGradedAt(now);
    c.setUpdatedAt(now);
    if (!g.equals(previous)) {
      events.publishEvent(new CustomerGradeChanged(id, previous, g, actor));
    }
    audit.record(actor, AuditLog.GRADE_CHANGE, CustomerFields.ENTITY, id, "grade " + previous + " → " + g);
  }

  /**
   * Replaces the grading indicators that {@code update} names (a null value keeps the current one); the result
   * must satisfy the rules of {@link Indicators}.
   */
  @Transactional
  public Indicators updateIndicators(Long id, Indicators update, String actor) {
    Customer c = get(id);
    Indicators merged = Inputs.valid(Indicators.of(c).updatedBy(update));
    c.setAnnualPurchaseAmount(merged.annualPurchaseAmount());
    c.setPurchaseFrequency(merged.purchaseFrequency());
    c.setProfitContribution(merged.profitContribution());
    c.setCooperationYears(merged.cooperationYears());
    c.setGrowthPotential(merged.growthPotential());
    c.setMarketInfluence(merged.marketInfluence());
    c.setUpdatedAt(ClockUtil.getCurrentTime().toInstant());
    return merged;
  }

  private Customer get(Long id) {
    return customers.findById(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
  }
}
