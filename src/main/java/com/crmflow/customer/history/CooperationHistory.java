package com.crmflow.customer.history;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer's projects and complaints as history ({@link CustomerHistorySource}). Return visits are added by
 * the return-visit feature as its own source with key {@code visits}.
 */
@Configuration
public class CooperationHistory {

  public record ProjectEntry(String projectNumber, String title, String status, String accountManager,
      Instant createdAt, Instant acceptedAt) {}

  public record ComplaintEntry(String complaintNumber, String channel, String category, String severity,
      String status, Instant receivedAt, Instant closedAt) {}

  @Bean
  public CustomerHistorySource projectHistory(JdbcTemplate jdbc) {
    return source("projects", customerId -> jdbc.query("SELECT project_number, title, status, account_manager,"
        + " created_at, accepted_at FROM crm_project WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
        (rs, i) -> new ProjectEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class))),
        customerId));
  }

  @Bean
  public CustomerHistorySource complaintHistory(JdbcTemplate jdbc) {
    return source("complaints", customerId -> jdbc.query("SELECT complaint_number, channel, category, severity,"
        + " status, received_at, closed_at FROM crm_complaint WHERE customer_id = ? ORDER BY received_at DESC, id DESC",
        (rs, i) -> new ComplaintEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)),
            instant(rs.getObject(7, OffsetDateTime.class))), customerId));
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static CustomerHistorySource source(String key, java.util.function.Function<Long, List<?>> entries) {
    return new CustomerHistorySource() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public List<?> entries(Long customerId) {
        return entries.apply(customerId);
      }
    };
  }
}
