package com.crmflow.care.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareTargetRepository extends JpaRepository<CareTarget, Long> {

  List<CareTarget> findByActivityIdOrderById(Long activityId);

  Optional<CareTarget> findByActivityIdAndCustomerId(Long activityId, Long customerId);

  List<CareTarget> findByCustomerIdOrderByIdDesc(Long customerId);
}
