package com.crmflow.development.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadRepository extends JpaRepository<Lead, Long> {

  Optional<Lead> findByLeadNumber(String leadNumber);

  List<Lead> findByCustomerIdOrderByIdDesc(Long customerId);
}
