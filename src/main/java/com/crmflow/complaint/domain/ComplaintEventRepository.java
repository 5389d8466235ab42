package com.crmflow.complaint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintEventRepository extends JpaRepository<ComplaintEvent, Long> {

  /** JPQL, not derived: Hibernate keeps its translation (see {@link ComplaintDeadlineRepository}). */
  @Query("select e from ComplaintEvent e where e.complaintId = :complaintId order by e.id")
  List<ComplaintEvent> findByComplaintIdOrderById(Long complaintId);
}
