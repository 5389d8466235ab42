package com.crmflow.project.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectFeedbackRepository extends JpaRepository<ProjectFeedback, Long> {

  Optional<ProjectFeedback> findFirstByProjectIdOrderByIdDesc(Long projectId);
}
