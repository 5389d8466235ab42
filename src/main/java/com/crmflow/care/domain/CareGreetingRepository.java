package com.crmflow.care.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareGreetingRepository extends JpaRepository<CareGreeting, Long> {

  Optional<CareGreeting> findByGreetingKey(String greetingKey);

  List<CareGreeting> findByProcessInstanceIdAndKindOrderById(String processInstanceId, String kind);

  List<CareGreeting> findByIdInOrderByIdDesc(Collection<Long> ids);
}
