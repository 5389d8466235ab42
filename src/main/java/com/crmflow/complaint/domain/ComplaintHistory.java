package com.crmflow.complaint.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import com.crmflow.platform.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The customer's complaints as its history ({@link CustomerHistorySource} {@code complaints}). */
@Component
public class ComplaintHistory implements CustomerHistorySource {

  public record ComplaintEntry(String complaintNumber, String channel, String category, String severity,
      String status, Instant receivedAt, Instant closedAt) {}

  public static final String KIND = "complaint";

  /** The options of the survey's 调查方式 (forms/complaint-survey.form). */
  static final Map<String, String> SURVEY_WAYS = Map.of("phone", "电话", "email", "电子邮件", "questionnaire", "书面问卷",
      "interview", "面谈");

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

  /**
   * The complaint's contacts with the customer (kind {@code complaint}): the intake (by its channel), the initial
   * response, the agreement or refusal of the resolution, the feedback of the result, the customer's verdict and the
   * satisfaction survey — each as a short label with the way it was made; what was said stays in the complaint
   * ({@code GET /api/complaints/{number}}), which has its own access check.
   */
  @Override
  public List<Communication> communications(Long customerId) {
    return jdbc.query("SELECT c.complaint_number, c.channel, c.category, e.kind, e.note, e.actor, e.created_at"
        + " FROM crm_complaint_event e JOIN crm_complaint c ON c.id = e.complaint_id WHERE c.customer_id = ?"
        + " AND e.kind IN ('RECEIVED', 'INITIAL_RESPONSE', 'PLAN_AGREED', 'PLAN_REJECTED', 'RESULT_FED_BACK',"
        + " 'CUSTOMER_SATISFIED', 'CUSTOMER_NOT_SATISFIED', 'SURVEY') ORDER BY e.created_at DESC, e.id DESC",
        (rs, i) -> {
          String number = rs.getString(1);
          String kind = rs.getString(4);
          String way = "RECEIVED".equals(kind) ? ComplaintCodes.label(ComplaintCodes.CHANNELS, rs.getString(2))
              : way(kind, rs.getString(5));
          String what = switch (kind) {
            case "RECEIVED" -> "受理投诉（" + ComplaintCodes.label(ComplaintCodes.CATEGORIES, rs.getString(3)) + "）";
            case "INITIAL_RESPONSE" -> "投诉初步回复";
            case "PLAN_AGREED" -> "客户同意解决方案";
            case "PLAN_REJECTED" -> "客户不同意解决方案";
            case "RESULT_FED_BACK" -> "反馈投诉处理结果";
            case "CUSTOMER_SATISFIED" -> "客户对处理结果满意";
            case "CUSTOMER_NOT_SATISFIED" -> "客户对处理结果不满意";
            default -> "投诉满意度调查";
          };
          return new Communication(instant(rs.getObject(7, OffsetDateTime.class)), KIND, "投诉", way,
              what + " " + number, rs.getString(6), "/api/complaints/" + number);
        }, customerId);
  }

  /** The way a contact was made, as the journal note begins: （电话）…, 满意度调查（phone）…; null when it says none. */
  static String way(String kind, String note) {
    if (note == null) {
      return null;
    }
    if ("SURVEY".equals(kind)) {
      return SURVEY_WAYS.entrySet().stream().filter(w -> note.startsWith("满意度调查（" + w.getKey() + "）"))
          .map(Map.Entry::getValue).findFirst().orElse(null);
    }
    return ComplaintCodes.CONTACT_PREFERENCES.values().stream().filter(w -> note.startsWith("（" + w + "）"))
        .findFirst().orElse(null);
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
