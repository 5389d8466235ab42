package com.crmflow.visit.process;

import com.crmflow.customer.domain.CustomerGradeChanged;
import com.crmflow.customer.domain.CustomerOwnerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the return visits in step with the customer archive, in the same transaction as the change: a new grade
 * moves the next visit to the new grade's cycle; a new owner takes over an open visit task.
 */
@Component
public class CustomerChangesForVisits {

  private final VisitScheduler scheduler;

  public CustomerChangesForVisits(VisitScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @EventListener
  public void gradeChanged(CustomerGradeChanged e) {
    scheduler.gradeChanged(e.customerId(), e.previousGrade(), e.newGrade());
  }

  @EventListener
  public void ownerChanged(CustomerOwnerChanged e) {
    if (e.newOwner() != null) {
      scheduler.ownerChanged(e.customerId(), e.newOwner());
    }
  }
}
