package com.crmflow.complaint.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByComplaintNumber(String complaintNumber);

  long countByCustomerIdAndStatusNot(Long customerId, String status);

  Optional<Complaint> findByCreatedByAndIdempotencyKey(String createdBy, String idempotencyKey);

  List<Complaint> findByReceivedAtGreaterThanEqualAndReceivedAtLessThan(Instant from, Instant to);
}
