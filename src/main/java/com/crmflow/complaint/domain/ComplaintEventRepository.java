package com.crmflow.complaint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintEventRepository extends JpaRepository<ComplaintEvent, Long> {

  List<ComplaintEvent> findByComplaintIdOrderById(Long complaintId);
}
