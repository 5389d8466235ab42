package com.crmflow.agreement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementObligationRepository extends JpaRepository<AgreementObligation, Long> {

  List<AgreementObligation> findByExecutionIdOrderByItemNo(Long executionId);

  boolean existsByExecutionId(Long executionId);
}
