package com.crmflow.customer.credit;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The customer's current credit evaluation as the archive ({@code GET /api/customers/{id}}) shows it: only to
 * finance, crm-dept, senior-management and the customer's owner (003 §4.1, credit data is confidential).
 */
@Component
public class CreditArchiveView {

  /** Who sees the current evaluation (besides the owner). */
  static final Set<String> SEE = Set.of(CreditVariables.CRM_DEPT, CreditVariables.FINANCE, "senior-management");

  private final CreditEvaluations evaluations;
  private final CurrentUser currentUser;

  public CreditArchiveView(CreditEvaluations evaluations, CurrentUser currentUser) {
    this.evaluations = evaluations;
    this.currentUser = currentUser;
  }

  /** 信用评估: rating (code and label), credit limit, valid until and the risk measures, if any. */
  public record CreditSummary(String evaluationNumber, String rating, String ratingLabel, BigDecimal creditLimit,
      LocalDate validUntil, String riskMeasure, String riskDescription) {}

  /** Empty for everybody else, and when the customer has no current evaluation. */
  public Optional<CreditSummary> currentFor(Customer c) {
    String user = currentUser.id();
    if (user == null || !(user.equals(c.getOwner()) || currentUser.inAnyOf(SEE))) {
      return Optional.empty();
    }
    return evaluations.current(c.getId()).map(e -> new CreditSummary(e.getEvaluationNumber(), e.getRating(),
        CreditRatings.label(e.getRating()), e.getCreditLimit(), e.getValidUntil(),
        e.getRiskMeasure() == null ? null : CreditRatings.MEASURES.get(e.getRiskMeasure()), e.getRiskDescription()));
  }
}
