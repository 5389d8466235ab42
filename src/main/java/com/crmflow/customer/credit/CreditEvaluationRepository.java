package com.crmflow.customer.credit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditEvaluationRepository extends JpaRepository<CreditEvaluation, Long> {

  Optional<CreditEvaluation> findFirstByCustomerIdAndStatusOrderByIdDesc(Long customerId, String status);

  Optional<CreditEvaluation> findByOpenCustomerId(Long customerId);

  boolean existsByCustomerId(Long customerId);
}
