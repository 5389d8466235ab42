package com.crmflow.complaint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintReportRepository extends JpaRepository<ComplaintReport, Long> {

  List<ComplaintReport> findAllByOrderByIdDesc();
}
