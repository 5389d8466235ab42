package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRiskRepository extends JpaRepository<PlanRisk, Long> {

  List<PlanRisk> findByPlanIdOrderById(Long planId);
}
