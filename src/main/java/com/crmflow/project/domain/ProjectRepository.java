package com.crmflow.project.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

  Optional<Project> findByProjectNumber(String projectNumber);

  Optional<Project> findFirstByCustomerIdOrderByIdAsc(Long customerId);

  long countByCustomerIdAndStatusNot(Long customerId, String status);
}
