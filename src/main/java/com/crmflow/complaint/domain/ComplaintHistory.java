package com.crmflow.complaint.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import com.crmflow.platform.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The customer's complaints as its history ({@link CustomerHistorySource} {@code complaints}). */
@Component
public class ComplaintHistory implements CustomerHistorySource {

  public record ComplaintEntry(String complaintNumber, String channel, String category, String severity,
      String status, Instant receivedAt, Instant closedAt) {}

  private final JdbcTemplate jdbc;
  private final DateTimeFormatter day;

  public ComplaintHistory(JdbcTemplate jdbc, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(calendar.zone());
  }

  @Override
  public String key() {
    return "complaints";
  }

  @Override
  public List<ComplaintEntry> entries(Long customerId) {
    return jdbc.query("SELECT complaint_number, channel, category, severity,"
        + " status, received_at, closed_at FROM crm_complaint WHERE customer_id = ? ORDER BY received_at DESC, id DESC",
        (rs, i) -> new ComplaintEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)),
            instant(rs.getObject(7, OffsetDateTime.class))), customerId);
  }

  /** For the new owner: number, category, severity, status and receipt of each complaint. */
  @Override
  public Optional<HandoverSection> handover(Long customerId) {
    List<String> lines = jdbc.query("SELECT complaint_number, category, severity, status, received_at"
        + " FROM crm_complaint WHERE customer_id = ? ORDER BY id DESC", (rs, i) -> rs.getString(1) + ' '
            + ComplaintCodes.label(ComplaintCodes.CATEGORIES, rs.getString(2)) + " · 严重程度 "
            + ComplaintCodes.label(ComplaintCodes.SEVERITIES, rs.getString(3)) + " · "
            + ComplaintCodes.label(ComplaintCodes.STATUSES, rs.getString(4)) + " · 受理 "
            + day(instant(rs.getObject(5, OffsetDateTime.class))), customerId);
    return Optional.of(new HandoverSection(20, "客户投诉", "起投诉", lines));
  }

  private String day(Instant t) {
    return t == null ? "—" : day.format(t);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
