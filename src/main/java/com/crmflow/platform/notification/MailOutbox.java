package com.crmflow.platform.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The table {@code crm_mail_outbox} (Flyway V3). Plain JDBC: every statement runs in the caller's transaction
 * when there is one (queueing), and on its own otherwise (the sender, so that a claim is visible to other nodes
 * at once).
 */
@Repository
public class MailOutbox {

  public enum Status { PENDING, SENT, FAILED }

  /** A message as listed by the API: everything except the body. */
  public record Entry(long id, String recipient, String subject, String template, Status status, int attempts,
      String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt) {}

  /** What the sender needs of a claimed message. */
  public record Claimed(long id, String recipient, String subject, String body, int attempts) {}

  static final int MAX_ERROR_LENGTH = 2000;
  private static final String ENTRY_COLUMNS =
      "id, recipient, subject, template, status, attempts, last_error, next_attempt_at, created_at, sent_at";
  private final RowMapper<Entry> entries = this::entry;

  private final JdbcTemplate jdbc;

  private final ZoneId timeZone;

  public MailOutbox(JdbcTemplate jdbc, ZoneId timeZone) {
    this.jdbc = jdbc;
    this.timeZone = timeZone;
  }

  /** Queues a message, due at once. */
  public void add(String recipient, String subject, String body, String template, Instant now) {
    jdbc.update("INSERT INTO crm_mail_outbox (recipient, subject, body, template, status, attempts, next_attempt_at,"
        + " created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)", recipient, subject, body, template, ts(now), ts(now));
  }

  /** Ids of PENDING messages that are due and not claimed by a live node, oldest first. */
  public List<Long> due(Instant now, Instant staleBefore, int limit) {
    return jdbc.queryForList("SELECT id FROM crm_mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
        + " AND (claimed_at IS NULL OR claimed_at < ?) ORDER BY next_attempt_at, id FETCH FIRST " + limit
        + " ROWS ONLY", Long.class, ts(now), ts(staleBefore));
  }

  /**
   * Claims a message for this node: only one node's conditional UPDATE can match the row, the others update
   * nothing and leave it alone. The message is returned only when this call claimed it.
   */
  public Optional<Claimed> claim(long id, String node, Instant now, Instant staleBefore) {
    int updated = jdbc.update("UPDATE crm_mail_outbox SET claimed_by = ?, claimed_at = ? WHERE id = ?"
        + " AND status = 'PENDING' AND (claimed_at IS NULL OR claimed_at < ?)", node, ts(now), id, ts(staleBefore));
    if (updated != 1) {
      return Optional.empty();
    }
    return jdbc.query("SELECT id, recipient, subject, body, attempts FROM crm_mail_outbox WHERE id = ?"
            + " AND claimed_by = ?",
        (rs, n) -> new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
            rs.getString("body"), rs.getInt("attempts")), id, node).stream().findFirst();
  }

  public void markSent(long id, String node, Instant now) {
    jdbc.update("UPDATE crm_mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?,"
        + " claimed_by = NULL, claimed_at = NULL WHERE id = ? AND claimed_by = ?", ts(now), id, node);
  }

  /** A failed attempt: PENDING again, due at {@code nextAttemptAt}. */
  public void markRetry(long id, String node, int attempts, String error, Instant nextAttemptAt) {
    jdbc.update("UPDATE crm_mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ?,"
        + " claimed_by = NULL, claimed_at = NULL WHERE id = ? AND claimed_by = ?",
        attempts, truncate(error), ts(nextAttemptAt), id, node);
  }

  /** The last attempt failed: FAILED until someone retries it. */
  public void markFailed(long id, String node, int attempts, String error) {
    jdbc.update("UPDATE crm_mail_outbox SET status = 'FAILED', attempts = ?, last_error = ?,"
        + " claimed_by = NULL, claimed_at = NULL WHERE id = ? AND claimed_by = ?", attempts, truncate(error), id, node);
  }

  /** FAILED → PENDING with fresh attempts, due at once. False when the message is not FAILED (or not there). */
  public boolean retry(long id, Instant now) {
    return jdbc.update("UPDATE crm_mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
        + " claimed_by = NULL, claimed_at = NULL WHERE id = ? AND status = 'FAILED'", ts(now), id) == 1;
  }

  public Optional<Entry> find(long id) {
    return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM crm_mail_outbox WHERE id = ?", entries, id).stream()
        .findFirst();
  }

  /** Newest first; {@code status} null = every status. */
  public List<Entry> list(Status status, int offset, int limit) {
    String where = status == null ? "" : " WHERE status = ?";
    String sql = "SELECT " + ENTRY_COLUMNS + " FROM crm_mail_outbox" + where + " ORDER BY id DESC OFFSET " + offset
        + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
    return status == null ? jdbc.query(sql, entries) : jdbc.query(sql, entries, status.name());
  }

  public long count(Status status) {
    Long n = status == null ? jdbc.queryForObject("SELECT COUNT(*) FROM crm_mail_outbox", Long.class)
        : jdbc.queryForObject("SELECT COUNT(*) FROM crm_mail_outbox WHERE status = ?", Long.class, status.name());
    return n == null ? 0 : n;
  }

  private Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("template"),
        Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
        time(rs, "next_attempt_at"), time(rs, "created_at"), time(rs, "sent_at"));
  }

  private OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.atZoneSameInstant(timeZone).toOffsetDateTime();
  }

  static OffsetDateTime ts(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static String truncate(String error) {
    if (error == null) {
      return null;
    }
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }
}
