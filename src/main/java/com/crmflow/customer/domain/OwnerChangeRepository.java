package com.crmflow.customer.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OwnerChangeRepository extends JpaRepository<OwnerChange, Long> {

  List<OwnerChange> findByCustomerIdOrderById(Long customerId);

  List<OwnerChange> findByRunIdOrderByHandoverSeq(Long runId);

  Optional<OwnerChange> findByRunIdAndHandoverSeq(Long runId, Integer handoverSeq);

  long countByRunId(Long runId);
}
