package com.crmflow.consultation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationEventRepository extends JpaRepository<ConsultationEvent, Long> {

  List<ConsultationEvent> findByConsultationIdOrderById(Long consultationId);
}
