package com.crmflow.care.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareImprovementRepository extends JpaRepository<CareImprovement, Long> {

  List<CareImprovement> findByActivityIdOrderById(Long activityId);
}
