package com.crmflow.complaint.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The lookups of every complaint step are JPQL ({@code @Query}): Hibernate keeps their translated SQL, while a derived
 * query (criteria) is translated again on every call (issue 9: a fifth of the intake's CPU).
 */
public interface ComplaintDeadlineRepository extends JpaRepository<ComplaintDeadline, Long> {

  @Query("select d from ComplaintDeadline d where d.complaintId = :complaintId order by d.id")
  List<ComplaintDeadline> findByComplaintIdOrderById(Long complaintId);

  @Query("select d from ComplaintDeadline d where d.complaintId = :complaintId and d.kind = :kind"
      + " order by d.roundNo desc, d.id desc")
  List<ComplaintDeadline> newestRoundsFirst(Long complaintId, String kind, Limit limit);

  /** The latest round of this kind of deadline. */
  default Optional<ComplaintDeadline> findFirstByComplaintIdAndKindOrderByRoundNoDesc(Long complaintId, String kind) {
    return newestRoundsFirst(complaintId, kind, Limit.of(1)).stream().findFirst();
  }

  List<ComplaintDeadline> findByComplaintIdIn(Collection<Long> complaintIds);
}
