package com.crmflow.complaint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

  /** JPQL, not derived: Hibernate keeps its translation (see {@link ComplaintDeadlineRepository}). */
  @Query("select a from ComplaintAttachment a where a.complaintId = :complaintId order by a.id")
  List<ComplaintAttachment> findByComplaintIdOrderById(Long complaintId);
}
