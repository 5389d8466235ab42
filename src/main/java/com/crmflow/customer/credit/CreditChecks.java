package com.crmflow.customer.credit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the credit evaluation (P3.7, 003 §2.4, §4.2) asks of other processes, published for them (the cooperation
 * agreement): an agreement drafted for a customer without a valid evaluation opens one for finance, and a rating
 * below {@code crm.credit.risk-threshold} holds the signature until crm-dept has set the risk measures (deposit,
 * prepayment, guarantee).
 */
public interface CreditChecks {

  /**
   * A cooperation agreement is being drafted for the customer: finance evaluates its credit, unless an evaluation
   * is open or the current one is still valid on {@code today}.
   */
  void agreementDrafted(Long customerId, LocalDate today, String actor);

  /**
   * Why an agreement with the customer may not be signed yet — its open evaluation rated it below the threshold and
   * the risk measures are not set — or empty when nothing in the credit evaluation holds the signature.
   */
  Optional<String> signatureHold(Long customerId);
}
