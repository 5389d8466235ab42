package com.crmflow.complaint.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintDeadlineRepository extends JpaRepository<ComplaintDeadline, Long> {

  List<ComplaintDeadline> findByComplaintIdOrderById(Long complaintId);

  Optional<ComplaintDeadline> findFirstByComplaintIdAndKindOrderByRoundNoDesc(Long complaintId, String kind);

  List<ComplaintDeadline> findByComplaintIdIn(Collection<Long> complaintIds);
}
