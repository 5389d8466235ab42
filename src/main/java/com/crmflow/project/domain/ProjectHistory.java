package com.crmflow.project.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import com.crmflow.platform.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The customer's projects as its history ({@link CustomerHistorySource} {@code projects}): number, title, status,
 * account manager, dates, contract number and budget (the archive's project data, 000 §4(1)).
 */
@Component
public class ProjectHistory implements CustomerHistorySource {

  public record ProjectEntry(String projectNumber, String title, String status, String accountManager,
      Instant createdAt, Instant acceptedAt, String contractNumber, BigDecimal budget) {}

  public static final String KIND = "project-meeting";

  /** The channels of a customer opinion (OpinionInput). */
  static final Map<String, String> OPINION_CHANNELS = Map.of("phone", "电话", "email", "电子邮件", "visit", "上门拜访",
      "online", "在线", "meeting", "会议", "other", "其他");

  private final JdbcTemplate jdbc;
  private final DateTimeFormatter day;

  public ProjectHistory(JdbcTemplate jdbc, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(calendar.zone());
  }

  @Override
  public String key() {
    return "projects";
  }

  @Override
  public List<ProjectEntry> entries(Long customerId) {
    return jdbc.query("SELECT project_number, title, status, account_manager, created_at, accepted_at,"
        + " contract_number, budget FROM crm_project WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
        (rs, i) -> new ProjectEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
            rs.getString(7), rs.getBigDecimal(8)),
        customerId);
  }

  /**
   * The project's contacts with the customer (kind {@code project-meeting}): the requirement meetings, the signed
   * 《客户需求沟通记录》, the customer's confirmation of the plan, each opinion the customer raised and its answer,
   * the acceptance decision and the feedback collected after acceptance — as short labels; minutes, opinions, the
   * signer's name and the feedback stay in the project ({@code GET /api/projects/{number}}).
   */
  @Override
  public List<Communication> communications(Long customerId) {
    List<Communication> contacts = new ArrayList<>();
    contacts.addAll(jdbc.query("SELECT p.project_number, m.recorded_at, m.recorded_by FROM crm_requirement_meeting m"
        + " JOIN crm_project p ON p.id = m.project_id WHERE p.customer_id = ? ORDER BY m.id",
        (rs, i) -> contact(rs.getString(1), rs.getObject(2, OffsetDateTime.class), "会议", "需求沟通会议",
            rs.getString(3)), customerId));
    contacts.addAll(jdbc.query("SELECT p.project_number, r.signed_at, r.recorded_by FROM crm_requirement_record r"
        + " JOIN crm_project p ON p.id = r.project_id WHERE p.customer_id = ? ORDER BY r.id",
        (rs, i) -> contact(rs.getString(1), rs.getObject(2, OffsetDateTime.class), null, "客户签署需求沟通记录",
            rs.getString(3)), customerId));
    contacts.addAll(jdbc.query("SELECT p.project_number, c.recorded_at, c.recorded_by, c.confirmed"
        + " FROM crm_customer_confirmation c JOIN crm_project p ON p.id = c.project_id WHERE p.customer_id = ?"
        + " ORDER BY c.id", (rs, i) -> contact(rs.getString(1), rs.getObject(2, OffsetDateTime.class), null,
            rs.getBoolean(4) ? "客户确认项目执行方案" : "客户未确认项目执行方案", rs.getString(3)), customerId));
    jdbc.query("SELECT p.project_number, o.received_at, o.channel, o.answered_at, o.answered_by"
        + " FROM crm_customer_opinion o JOIN crm_project p ON p.id = o.project_id WHERE p.customer_id = ?"
        + " ORDER BY o.id", rs -> {
          String number = rs.getString(1);
          contacts.add(contact(number, rs.getObject(2, OffsetDateTime.class),
              OPINION_CHANNELS.get(rs.getString(3)), "收到客户意见", null));
          OffsetDateTime answered = rs.getObject(4, OffsetDateTime.class);
          if (answered != null) {
            contacts.add(contact(number, answered, null, "答复客户意见", rs.getString(5)));
          }
        }, customerId);
    contacts.addAll(jdbc.query("SELECT p.project_number, a.decided_at, a.passed, a.round_no FROM crm_acceptance a"
        + " JOIN crm_project p ON p.id = a.project_id WHERE p.customer_id = ? AND a.decided_at IS NOT NULL"
        + " ORDER BY a.id", (rs, i) -> contact(rs.getString(1), rs.getObject(2, OffsetDateTime.class), null,
            "客户验收（第 " + rs.getInt(4) + " 轮）" + (rs.getBoolean(3) ? "通过" : "未通过"), null), customerId));
    contacts.addAll(jdbc.query("SELECT p.project_number, f.answered_at, f.answered_by, f.satisfaction"
        + " FROM crm_project_feedback f JOIN crm_project p ON p.id = f.project_id WHERE p.customer_id = ?"
        + " ORDER BY f.id", (rs, i) -> contact(rs.getString(1), rs.getObject(2, OffsetDateTime.class), null,
            "收集客户反馈，满意度 " + rs.getInt(4) + "/5", rs.getString(3)), customerId));
    // newest first; contacts recorded at the same time: the later step first (the lists above run oldest first)
    Collections.reverse(contacts);
    contacts.sort(Comparator.comparing(Communication::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
        .reversed());
    return contacts;
  }

  private static Communication contact(String projectNumber, OffsetDateTime at, String way, String what,
      String by) {
    return new Communication(instant(at), KIND, "项目沟通", way, what + "（项目 " + projectNumber + "）", by,
        "/api/projects/" + projectNumber);
  }

  /** For the new owner: number, title, status and start of each project. */
  @Override
  public Optional<HandoverSection> handover(Long customerId) {
    List<String> lines = jdbc.query("SELECT project_number, title, status, created_at FROM crm_project"
        + " WHERE customer_id = ? ORDER BY id DESC", (rs, i) -> rs.getString(1) + ' ' + rs.getString(2) + " · "
            + status(rs.getString(3)) + " · 立项 " + day(instant(rs.getObject(4, OffsetDateTime.class)))
        , customerId);
    return Optional.of(new HandoverSection(10, "合作项目", "个项目", lines));
  }

  private String day(Instant t) {
    return t == null ? "—" : day.format(t);
  }

  private static String status(String status) {
    try {
      return ProjectStatus.valueOf(status).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return String.valueOf(status);
    }
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
