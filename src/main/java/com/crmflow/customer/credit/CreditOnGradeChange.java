package com.crmflow.customer.credit;

import com.crmflow.customer.domain.CustomerGradeChanged;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A grading run that raises a customer to grade A or B (applied by {@code GradingApply} through
 * {@code CustomerGrades.applyGrade}, the only place grades change) starts a credit evaluation for finance, in the
 * same transaction (003 §2.4: important and core customers are credit-checked). Not when one is open already.
 */
@Component
public class CreditOnGradeChange {

  static final Set<String> EVALUATED_GRADES = Set.of("A", "B");

  private final CreditEvaluations evaluations;
  private final CreditStarter starter;

  public CreditOnGradeChange(CreditEvaluations evaluations, CreditStarter starter) {
    this.evaluations = evaluations;
    this.starter = starter;
  }

  @EventListener
  public void gradeChanged(CustomerGradeChanged e) {
    if (e.newGrade() != null && EVALUATED_GRADES.contains(e.newGrade()) && !e.newGrade().equals(e.previousGrade())
        && !evaluations.hasOpen(e.customerId())) {
      starter.start(e.customerId(), CreditEvaluation.GRADING, e.actor() == null ? "system" : e.actor());
    }
  }
}
