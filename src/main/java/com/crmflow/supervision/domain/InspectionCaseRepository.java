package com.crmflow.supervision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionCaseRepository extends JpaRepository<InspectionCase, Long> {

  List<InspectionCase> findByInspectionIdOrderById(Long inspectionId);
}
