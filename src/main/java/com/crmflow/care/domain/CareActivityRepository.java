package com.crmflow.care.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareActivityRepository extends JpaRepository<CareActivity, Long> {

  Optional<CareActivity> findByActivityNumber(String activityNumber);

  List<CareActivity> findByIdInOrderByPlannedOnDescIdDesc(java.util.Collection<Long> ids);
}
