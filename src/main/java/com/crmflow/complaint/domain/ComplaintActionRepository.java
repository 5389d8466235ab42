package com.crmflow.complaint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintActionRepository extends JpaRepository<ComplaintAction, Long> {

  List<ComplaintAction> findByComplaintIdOrderById(Long complaintId);
}
