package com.crmflow.visit.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisitRepository extends JpaRepository<Visit, Long> {

  Optional<Visit> findByVisitNumber(String visitNumber);

  /** The customer's open cycle (PLANNED or DUE); at most one, see uk_visit_open_customer. */
  Optional<Visit> findByOpenCustomerId(Long customerId);

  List<Visit> findByCustomerIdOrderByDueDateDescIdDesc(Long customerId);

  Optional<Visit> findFirstByCustomerIdAndStatusOrderByDoneAtDesc(Long customerId, String status);

  /** Open visits whose owner was warned or that were escalated: crm-dept's monitoring list. */
  @Query("select v from Visit v where v.status = 'DUE' and v.overdueLevel > 0 order by v.dueDate, v.id")
  List<Visit> findOverdue();

  /** ACTIVE customers without an open cycle, by id after {@code afterId} (keyset paging for the sweep). */
  @Query("select c.id from Customer c where c.status = 'ACTIVE' and c.id > :afterId and not exists "
      + "(select v.id from Visit v where v.openCustomerId = c.id) order by c.id")
  List<Long> customersWithoutCycle(@Param("afterId") long afterId, org.springframework.data.domain.Pageable page);

  /** Visits (not cancelled) due in [from, to]: the evaluation's return visits on time. */
  @Query("select v from Visit v where v.status <> 'CANCELLED' and v.dueDate >= ?1 and v.dueDate <= ?2 order by v.id")
  List<Visit> dueBetween(java.time.LocalDate from, java.time.LocalDate to);

  /** Visits not done nor cancelled whose due date lies before {@code day}, longest overdue first. */
  @Query("select v from Visit v where v.status in ('PLANNED', 'DUE') and v.dueDate < ?1 order by v.dueDate, v.id")
  List<Visit> overdueOn(java.time.LocalDate day);
}
