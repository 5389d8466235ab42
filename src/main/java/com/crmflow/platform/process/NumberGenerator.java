package com.crmflow.platform.process;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable yearly numbers such as {@code PRJ-2026-0001}: unique and ascending per prefix and year, drawn from
 * one database sequence per prefix and year ({@code crm_no_prj_2026}). A sequence holds no lock for the caller's
 * transaction, so concurrent intakes do not queue behind each other's commit (issue 9: 167 of 196 request threads
 * waited on the former counter row). The price is gaps: a number drawn by a transaction that rolls back is not
 * reused (a gap means that a request drew a number and then failed, storing nothing). The regulations ask for unique,
 * traceable numbers, not gapless ones.
 *
 * <p>Installations that numbered with the former counter table ({@code crm_number_sequence}) continue after its last
 * value: a year's sequence starts after that row.
 */
@Component
public class NumberGenerator {

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,10}");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  /** Sequences known to exist (created or seen by this node). */
  private final Set<String> existing = ConcurrentHashMap.newKeySet();
  private volatile Boolean postgres;
  private final Clock clock;

  public NumberGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int digits) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("Number prefix must be 2-10 capital letters: " + prefix);
    }
    int year = clock.instant().atZone(clock.getZone()).getYear();
    String sequence = "crm_no_" + prefix.toLowerCase(Locale.ROOT) + "_" + year;
    if (!existing.contains(sequence)) {
      create(sequence, prefix, year);
      existing.add(sequence);
    }
    String draw = isPostgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    Long value = jdbc.queryForObject(draw, Long.class);
    return String.format("%s-%d-%0" + digits + "d", prefix, year, value);
  }

  /**
   * The year's sequence, created in a transaction of its own (on PostgreSQL a failed statement would abort the
   * caller's whole transaction): once per prefix and year, starting after the former counter row if there is one.
   */
  private void create(String sequence, String prefix, int year) {
    try {
      ownTransaction.executeWithoutResult(status -> {
        Long last = jdbc.query("SELECT last_value FROM crm_number_sequence WHERE prefix = ? AND seq_year = ?",
            rs -> rs.next() ? rs.getLong(1) : 0L, prefix, year);
        jdbc.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + (last + 1));
      });
    } catch (DataAccessException raced) {
      // PostgreSQL: another node or thread created the same sequence at this moment (duplicate catalog entry);
      // anything else shows up when the sequence is drawn from
    }
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      String product = jdbc.execute((java.sql.Connection c) -> {
        DatabaseMetaData meta = c.getMetaData();
        return meta.getDatabaseProductName();
      });
      known = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
      postgres = known;
    }
    return known;
  }
}
