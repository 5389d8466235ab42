package com.crmflow.project.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import com.crmflow.platform.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
