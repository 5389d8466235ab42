package com.crmflow.agreement.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, UUID> {

  List<AgreementDocument> findByAgreementIdOrderByUploadedAtAscFileNameAsc(Long agreementId);

  Optional<AgreementDocument> findByIdAndAgreementId(UUID id, Long agreementId);

  boolean existsByAgreementIdAndKind(Long agreementId, String kind);
}
