package com.crmflow.evaluation.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<OwnerEvaluation, Long> {

  Optional<OwnerEvaluation> findByQuarter(String quarter);
}
