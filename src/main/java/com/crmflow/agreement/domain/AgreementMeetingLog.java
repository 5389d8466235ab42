package com.crmflow.agreement.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination meetings of the customer's agreements (SPEC P6.4) as part of its archive: listed under
 * {@code history.agreementMeetings} and, as kind {@code meeting} (协调会议), in the customer's communication log.
 */
@Component
public class AgreementMeetingLog implements CustomerHistorySource {

  public static final String KIND = "meeting";
  public static final String KIND_NAME = "协调会议";

  private final AgreementMeetingRepository meetings;
  private final ZoneId timeZone;

  public AgreementMeetingLog(AgreementMeetingRepository meetings, ZoneId timeZone) {
    this.meetings = meetings;
    this.timeZone = timeZone;
  }

  /** A meeting as the archive lists it: date, agreement, decisions. */
  public record MeetingSummary(java.time.LocalDate meetingDate, String agreementNumber, String decisions) {}

  @Override
  public String key() {
    return "agreementMeetings";
  }

  @Override
  @Transactional(readOnly = true)
  public List<MeetingSummary> entries(Long customerId) {
    return meetings.ofCustomer(customerId).stream()
        .map(m -> new MeetingSummary(m.meetingDate(), m.agreementNumber(), m.decisions())).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Communication> communications(Long customerId) {
    return meetings.ofCustomer(customerId).stream().map(m -> new Communication(
        m.meetingDate().atStartOfDay(timeZone).toInstant(), KIND, KIND_NAME, null,
        "合作协议 " + m.agreementNumber() + " 协调会议" + (m.decisions() == null ? "" : "，会议决定："
            + ObligationProgressReports.abbreviate(m.decisions().replace("\n", "；"))),
        m.recordedBy(), m.agreementNumber())).toList();
  }
}
