package com.crmflow.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgreementMeetingRepository extends JpaRepository<AgreementMeeting, Long> {

  List<AgreementMeeting> findByExecutionIdOrderByMeetingDateDescIdDesc(Long executionId);

  /** A meeting of one of the customer's agreements, with the agreement's number. */
  record CustomerMeeting(LocalDate meetingDate, Instant recordedAt, String agreementNumber, String decisions,
      String recordedBy) {}

  @Query("select new com.crmflow.agreement.domain.AgreementMeetingRepository$CustomerMeeting(m.meetingDate, "
      + "m.recordedAt, a.agreementNumber, m.decisions, m.recordedBy) from AgreementMeeting m, AgreementExecution e, "
      + "Agreement a where m.executionId = e.id and e.agreementId = a.id and a.customerId = :customerId "
      + "order by m.meetingDate desc, m.id desc")
  List<CustomerMeeting> ofCustomer(@Param("customerId") Long customerId);
}
