package com.crmflow.visit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitImprovementRepository extends JpaRepository<VisitImprovement, Long> {

  List<VisitImprovement> findByVisitIdOrderById(Long visitId);

  List<VisitImprovement> findByStatusOrderById(String status);
}
