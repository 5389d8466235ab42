package com.crmflow.project.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AcceptanceRepository extends JpaRepository<Acceptance, Long> {

  Optional<Acceptance> findFirstByProjectIdOrderByRoundNoDesc(Long projectId);

  List<Acceptance> findByProjectIdOrderByRoundNo(Long projectId);
}
