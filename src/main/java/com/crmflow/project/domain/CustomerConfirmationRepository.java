package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerConfirmationRepository extends JpaRepository<CustomerConfirmation, Long> {

  List<CustomerConfirmation> findByProjectIdOrderById(Long projectId);
}
