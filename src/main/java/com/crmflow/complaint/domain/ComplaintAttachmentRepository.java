package com.crmflow.complaint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

  List<ComplaintAttachment> findByComplaintIdOrderById(Long complaintId);
}
