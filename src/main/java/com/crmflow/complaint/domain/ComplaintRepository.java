package com.crmflow.complaint.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByComplaintNumber(String complaintNumber);

  long countByCustomerIdAndStatusNot(Long customerId, String status);

  /** JPQL, not derived: Hibernate keeps its translation (see {@link ComplaintDeadlineRepository}). */
  @Query("select c from Complaint c where c.createdBy = :createdBy and c.idempotencyKey = :idempotencyKey")
  Optional<Complaint> findByCreatedByAndIdempotencyKey(String createdBy, String idempotencyKey);

  List<Complaint> findByReceivedAtGreaterThanEqualAndReceivedAtLessThan(Instant from, Instant to);
}
