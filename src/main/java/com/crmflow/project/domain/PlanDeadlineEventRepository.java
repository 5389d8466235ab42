package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanDeadlineEventRepository extends JpaRepository<PlanDeadlineEvent, Long> {

  List<PlanDeadlineEvent> findByProjectIdOrderById(Long projectId);
}
