package com.crmflow.customer.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

  Optional<Customer> findByName(String name);

  Optional<Customer> findByCreditCode(String creditCode);

  List<Customer> findByStatusOrderById(String status, Pageable page);

  List<Customer> findByStatusOrderByName(String status);

  List<Customer> findByStatusAndOwnerIsNullOrderById(String status);

  List<Customer> findByStatusAndOwnerInOrderByName(String status, java.util.Collection<String> owners);

  List<Customer> findByStatusAndIdGreaterThanOrderById(String status, Long afterId, Pageable page);
}
