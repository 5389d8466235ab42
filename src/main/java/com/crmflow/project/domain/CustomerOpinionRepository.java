package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerOpinionRepository extends JpaRepository<CustomerOpinion, Long> {

  List<CustomerOpinion> findByProjectIdOrderById(Long projectId);
}
