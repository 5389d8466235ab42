package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfCheckRepository extends JpaRepository<SelfCheck, Long> {

  List<SelfCheck> findByProjectIdOrderById(Long projectId);
}
