package com.crmflow.customer.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerContactRepository extends JpaRepository<CustomerContact, Long> {

  List<CustomerContact> findByCustomerIdOrderById(Long customerId);

  List<CustomerContact> findByBirthdayIsNotNullOrderById();
}
