package com.crmflow.project.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskProblemRepository extends JpaRepository<TaskProblem, Long> {

  Optional<TaskProblem> findFirstByProjectTaskIdAndResolvedAtIsNullOrderByIdDesc(Long projectTaskId);

  List<TaskProblem> findByProjectTaskIdOrderById(Long projectTaskId);
}
