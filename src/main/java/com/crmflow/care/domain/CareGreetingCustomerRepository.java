package com.crmflow.care.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareGreetingCustomerRepository extends JpaRepository<CareGreetingCustomer, Long> {

  List<CareGreetingCustomer> findByGreetingIdOrderById(Long greetingId);

  List<CareGreetingCustomer> findByCustomerIdOrderByIdDesc(Long customerId);
}
