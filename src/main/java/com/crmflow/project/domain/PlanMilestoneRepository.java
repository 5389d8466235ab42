package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanMilestoneRepository extends JpaRepository<PlanMilestone, Long> {

  List<PlanMilestone> findByPlanIdOrderByDueDate(Long planId);
}
