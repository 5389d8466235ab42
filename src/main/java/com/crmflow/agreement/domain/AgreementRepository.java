package com.crmflow.agreement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

  Optional<Agreement> findByAgreementNumber(String agreementNumber);

  List<Agreement> findByCustomerIdOrderByStartDateDescIdDesc(Long customerId);

  /** Amendments of an agreement in the given statuses (an amendment still open: DRAFT … APPROVED). */
  boolean existsByPreviousAgreementIdAndStatusIn(Long previousAgreementId, java.util.Collection<String> statuses);

  /** Agreements in a status (IN_FORCE: those that may be amended or terminated), by number; for legal. */
  List<Agreement> findTop500ByStatusOrderByAgreementNumber(String status);

  /** The same, of one drafter. */
  List<Agreement> findTop500ByStatusAndDraftedByOrderByAgreementNumber(String status, String draftedBy);

  /** Agreements in force whose term ends in [from, to], soonest first. */
  List<Agreement> findByStatusAndEndDateBetweenOrderByEndDateAscIdAsc(String status, java.time.LocalDate from,
      java.time.LocalDate to);
}
