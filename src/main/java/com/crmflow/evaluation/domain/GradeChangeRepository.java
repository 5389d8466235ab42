package com.crmflow.evaluation.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeChangeRepository extends JpaRepository<GradeChangeRecord, Long> {

  /** The changes in [start, end), oldest first. */
  List<GradeChangeRecord> findByChangedAtGreaterThanEqualAndChangedAtLessThanOrderByChangedAtAscIdAsc(Instant start,
      Instant end);
}
