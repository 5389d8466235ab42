package com.crmflow.agreement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementEventRepository extends JpaRepository<AgreementEvent, Long> {

  List<AgreementEvent> findByAgreementIdOrderById(Long agreementId);
}
