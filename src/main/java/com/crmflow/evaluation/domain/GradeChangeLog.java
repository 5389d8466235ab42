package com.crmflow.evaluation.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerGradeChanged;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every grade change the customer feature publishes ({@link CustomerGradeChanged}, inside the transaction
 * that changes the grade) with the customer's owner at that moment: the quarter's upgrades and new A customers
 * count for the owner who had the customer then, even when it changes hands later.
 */
@Component
public class GradeChangeLog {

  private final GradeChangeRepository changes;
  private final CustomerDirectory customers;

  public GradeChangeLog(GradeChangeRepository changes, CustomerDirectory customers) {
    this.changes = changes;
    this.customers = customers;
  }

  @EventListener
  public void gradeChanged(CustomerGradeChanged event) {
    GradeChangeRecord r = new GradeChangeRecord();
    r.setCustomerId(event.customerId());
    r.setOwner(customers.find(event.customerId()).map(Customer::getOwner).orElse(null));
    r.setPreviousGrade(event.previousGrade());
    r.setNewGrade(event.newGrade());
    r.setChangedAt(ClockUtil.getCurrentTime().toInstant());
    r.setChangedBy(event.actor() == null ? "system" : event.actor());
    changes.save(r);
  }
}
