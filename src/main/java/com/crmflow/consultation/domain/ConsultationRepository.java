package com.crmflow.consultation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

  Optional<Consultation> findByConsultationNumber(String consultationNumber);

  List<Consultation> findByCustomerIdOrderByIdDesc(Long customerId);

  List<Consultation> findAllByOrderByIdDesc(Pageable page);

  List<Consultation> findByCustomerIdInOrderByIdDesc(Collection<Long> customerIds, Pageable page);
}
