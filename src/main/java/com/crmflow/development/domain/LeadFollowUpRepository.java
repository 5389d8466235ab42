package com.crmflow.development.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadFollowUpRepository extends JpaRepository<LeadFollowUp, Long> {

  List<LeadFollowUp> findByLeadIdOrderById(Long leadId);
}
