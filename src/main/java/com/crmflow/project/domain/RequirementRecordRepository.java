package com.crmflow.project.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequirementRecordRepository extends JpaRepository<RequirementRecord, Long> {

  Optional<RequirementRecord> findFirstByProjectIdOrderByIdDesc(Long projectId);
}
