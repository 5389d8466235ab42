package com.crmflow.development.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadVisitRepository extends JpaRepository<LeadVisit, Long> {

  List<LeadVisit> findByLeadIdOrderById(Long leadId);

  Optional<LeadVisit> findFirstByLeadIdOrderByIdDesc(Long leadId);
}
