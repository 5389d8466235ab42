package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByProjectIdOrderById(Long projectId);
}
