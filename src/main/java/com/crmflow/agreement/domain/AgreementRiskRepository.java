package com.crmflow.agreement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRiskRepository extends JpaRepository<AgreementRisk, Long> {

  List<AgreementRisk> findByExecutionIdOrderById(Long executionId);
}
