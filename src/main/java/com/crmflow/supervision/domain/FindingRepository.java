package com.crmflow.supervision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FindingRepository extends JpaRepository<Finding, Long> {

  List<Finding> findByInspectionIdOrderById(Long inspectionId);
}
