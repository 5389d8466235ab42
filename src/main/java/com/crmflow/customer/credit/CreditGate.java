package com.crmflow.customer.credit;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CreditChecks} over the customer's evaluations. */
@Service
@Transactional
public class CreditGate implements CreditChecks {

  private final CreditEvaluations evaluations;
  private final CreditEvaluationRepository repository;
  private final CreditStarter starter;

  public CreditGate(CreditEvaluations evaluations, CreditEvaluationRepository repository, CreditStarter starter) {
    this.evaluations = evaluations;
    this.repository = repository;
    this.starter = starter;
  }

  @Override
  public void agreementDrafted(Long customerId, LocalDate today, String actor) {
    if (evaluations.hasOpen(customerId)) {
      return;
    }
    boolean valid = evaluations.current(customerId)
        .map(e -> e.getValidUntil() != null && !e.getValidUntil().isBefore(today)).orElse(false);
    if (!valid) {
      starter.start(customerId, CreditEvaluation.AGREEMENT, actor);
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> signatureHold(Long customerId) {
    return repository.findByOpenCustomerId(customerId)
        .filter(e -> CreditEvaluation.MEASURES.equals(e.getStatus()) && e.getRiskMeasure() == null)
        .map(e -> "客户的信用评估 " + e.getEvaluationNumber() + " 评定的信用等级为 " + CreditRatings.label(e.getRating())
            + "，低于要求的等级：须先由客户关系管理部门制定风险控制措施（保证金、预付款或担保），再登记协议签订");
  }
}
