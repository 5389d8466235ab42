package com.crmflow.agreement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationProgressRepository extends JpaRepository<ObligationProgress, Long> {

  List<ObligationProgress> findByObligationIdOrderById(Long obligationId);

  Optional<ObligationProgress> findFirstByObligationIdOrderByIdDesc(Long obligationId);
}
