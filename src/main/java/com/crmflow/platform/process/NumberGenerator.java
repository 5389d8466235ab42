package com.crmflow.platform.process;

import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human-readable yearly numbers such as {@code PRJ-2026-0001}. The counter row is updated in the caller's
 * transaction, so concurrent callers queue on its row lock and a rolled-back caller leaves no gap.
 */
@Component
public class NumberGenerator {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final JdbcTemplate jdbc;

  public NumberGenerator(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int digits) {
    int year = ClockUtil.getCurrentTime().toInstant().atZone(ZONE).getYear();
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.update(
          "UPDATE crm_number_sequence SET last_value = last_value + 1 WHERE prefix = ? AND seq_year = ?", prefix, year);
      if (updated == 0) {
        try {
          jdbc.update("INSERT INTO crm_number_sequence (prefix, seq_year, last_value) VALUES (?, ?, 1)", prefix, year);
        } catch (DuplicateKeyException raced) {
          continue; // another transaction created the year's row first: increment it instead
        }
      }
      Long value = jdbc.queryForObject(
          "SELECT last_value FROM crm_number_sequence WHERE prefix = ? AND seq_year = ?", Long.class, prefix, year);
      return String.format("%s-%d-%0" + digits + "d", prefix, year, value);
    }
    throw new IllegalStateException("Could not allocate a number for " + prefix);
  }
}
