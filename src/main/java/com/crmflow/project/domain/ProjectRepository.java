package com.crmflow.project.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

  Optional<Project> findByProjectNumber(String projectNumber);

  Optional<Project> findFirstByCustomerIdOrderByIdAsc(Long customerId);

  long countByCustomerIdAndStatusNot(Long customerId, String status);

  /** [status, count] of all projects. */
  @org.springframework.data.jpa.repository.Query("select p.status, count(p) from Project p group by p.status")
  java.util.List<Object[]> countByStatus();

  /** [status, count] of the projects whose account manager is one of the owners. */
  @org.springframework.data.jpa.repository.Query("select p.status, count(p) from Project p"
      + " where p.accountManager in :owners group by p.status")
  java.util.List<Object[]> countByStatusManagedBy(java.util.Collection<String> owners);
}
