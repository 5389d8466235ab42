package com.crmflow.complaint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

  /**
   * What a list of a complaint's files shows, without their contents (every task header and the complaint's view
   * list them; the files themselves can be megabytes). JPQL, not derived: Hibernate keeps its translation (see
   * {@link ComplaintDeadlineRepository}).
   */
  @Query("select new com.crmflow.complaint.domain.ComplaintAttachment$Listed(a.id, a.fileName, a.contentType,"
      + " a.sizeBytes) from ComplaintAttachment a where a.complaintId = :complaintId order by a.id")
  List<ComplaintAttachment.Listed> listedOf(Long complaintId);
}
