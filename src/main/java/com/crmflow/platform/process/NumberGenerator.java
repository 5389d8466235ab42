package com.crmflow.platform.process;

import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable yearly numbers such as {@code PRJ-2026-0001}. The counter row is updated in the caller's
 * transaction, so concurrent callers queue on its row lock and a rolled-back caller leaves no gap.
 */
@Component
public class NumberGenerator {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public NumberGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int digits) {
    int year = ClockUtil.getCurrentTime().toInstant().atZone(ZONE).getYear();
    String increment = "UPDATE crm_number_sequence SET last_value = last_value + 1 WHERE prefix = ? AND seq_year = ?";
    if (jdbc.update(increment, prefix, year) == 0) {
      createYear(prefix, year);
      if (jdbc.update(increment, prefix, year) == 0) {
        throw new IllegalStateException("Could not allocate a number for " + prefix + " " + year);
      }
    }
    Long value = jdbc.queryForObject(
        "SELECT last_value FROM crm_number_sequence WHERE prefix = ? AND seq_year = ?", Long.class, prefix, year);
    return String.format("%s-%d-%0" + digits + "d", prefix, year, value);
  }

  /**
   * The year's counter row, created in its own transaction: on PostgreSQL a failed INSERT (another caller created
   * the row at the same moment) would abort the caller's whole transaction.
   */
  private void createYear(String prefix, int year) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO crm_number_sequence (prefix, seq_year, last_value) VALUES (?, ?, 0)", prefix, year));
    } catch (DuplicateKeyException raced) {
      // created by a concurrent caller: fine
    }
  }
}
