package com.crmflow.agreement.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementExecutionRepository extends JpaRepository<AgreementExecution, Long> {

  Optional<AgreementExecution> findByAgreementId(Long agreementId);
}
