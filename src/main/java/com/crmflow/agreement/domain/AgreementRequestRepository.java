package com.crmflow.agreement.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRequestRepository extends JpaRepository<AgreementRequest, Long> {}
