package com.crmflow.project.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectPlanRepository extends JpaRepository<ProjectPlan, Long> {

  Optional<ProjectPlan> findFirstByProjectIdOrderByVersionNoDesc(Long projectId);

  List<ProjectPlan> findByProjectIdOrderByVersionNo(Long projectId);
}
