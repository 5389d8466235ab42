package com.crmflow.visit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitEventRepository extends JpaRepository<VisitEvent, Long> {

  List<VisitEvent> findByVisitIdOrderById(Long visitId);
}
