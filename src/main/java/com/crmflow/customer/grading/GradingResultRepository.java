package com.crmflow.customer.grading;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradingResultRepository extends JpaRepository<GradingResult, Long> {

  List<GradingResult> findByCustomerIdOrderByIdDesc(Long customerId);

  Optional<GradingResult> findByRunIdAndCustomerId(Long runId, Long customerId);

  List<GradingResult> findByRunIdOrderById(Long runId);

  long countByRunIdAndStatus(Long runId, String status);
}
