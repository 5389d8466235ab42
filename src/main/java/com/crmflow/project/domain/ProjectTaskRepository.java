package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectTaskRepository extends JpaRepository<ProjectTask, Long> {

  List<ProjectTask> findByProjectIdOrderById(Long projectId);

  List<ProjectTask> findByProjectIdAndStatusOrderById(Long projectId, String status);
}
