package com.crmflow.agreement.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementDocumentContentRepository extends JpaRepository<AgreementDocumentContent, UUID> {}
