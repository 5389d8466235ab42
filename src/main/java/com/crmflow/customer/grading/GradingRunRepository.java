package com.crmflow.customer.grading;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradingRunRepository extends JpaRepository<GradingRun, Long> {

  Optional<GradingRun> findByRunNumber(String runNumber);
}
