package com.crmflow.customer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

  Optional<Customer> findByName(String name);

  Optional<Customer> findByCreditCode(String creditCode);

  List<Customer> findByStatusOrderById(String status, Pageable page);

  List<Customer> findByStatusOrderByName(String status);

  List<Customer> findByStatusAndOwnerIsNullOrderById(String status);

  List<Customer> findByStatusAndOwnerInOrderByName(String status, java.util.Collection<String> owners);

  List<Customer> findByStatusAndIdGreaterThanOrderById(String status, Long afterId, Pageable page);

  /** [grade (null: not graded), count] of the customers of a status. */
  @Query("select c.grade, count(c) from Customer c where c.status = :status"
      + " group by c.grade")
  List<Object[]> countByGrade(String status);

  /** [grade (null: not graded), count] of the customers of a status owned by one of the owners. */
  @Query("select c.grade, count(c) from Customer c where c.status = :status"
      + " and c.owner in :owners group by c.grade")
  List<Object[]> countByGradeOwnedBy(String status, Collection<String> owners);
}
