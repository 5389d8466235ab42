package com.crmflow.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar's tables ({@code crm_calendar_year}, {@code crm_calendar_day}, V9). At start every year of
 * {@code working-calendar.yaml} that the table lacks is copied in (source SEED), then the shared
 * {@link WorkingCalendar} is loaded from the tables: the yaml stays the seed, the tables are the calendar.
 */
@Component
public class WorkingCalendarStore implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendarStore.class);
  public static final String HOLIDAY = "HOLIDAY";
  public static final String WORKDAY = "WORKDAY";

  public record Day(LocalDate date, String kind, String name, String updatedBy, Instant updatedAt) {}

  private final JdbcTemplate jdbc;
  private final WorkingCalendar calendar;
  private final Resource seed;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public WorkingCalendarStore(JdbcTemplate jdbc, WorkingCalendar calendar,
      CalendarSettings settings, PlatformTransactionManager transactions, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.seed = settings.location();
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void afterSingletonsInstantiated() {
    WorkingCalendar file;
    try (InputStream in = seed.getInputStream()) {
      file = WorkingCalendarConfig.fromYaml(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read working calendar " + seed, e);
    }
    for (int year : file.coveredYears()) {
      seedYear(file, year);
    }
    reload();
  }

  private void seedYear(WorkingCalendar file, int year) {
    try {
      ownTransaction.executeWithoutResult(s -> {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM crm_calendar_year WHERE calendar_year = ?",
            Integer.class, year);
        if (present != null && present > 0) {
          return;
        }
        Instant now = clock.instant();
        jdbc.update("INSERT INTO crm_calendar_year (calendar_year, source, updated_by, updated_at) VALUES (?, 'SEED',"
            + " 'system', ?)", year, Timestamp.from(now));
        int n = 0;
        for (LocalDate d : file.holidays()) {
          n += d.getYear() == year ? insert(d, HOLIDAY, null, "system", now) : 0;
        }
        for (LocalDate d : file.workingWeekendDays()) {
          n += d.getYear() == year ? insert(d, WORKDAY, null, "system", now) : 0;
        }
        LOG.info("Working calendar {}: {} days copied from {}", year, n, seed.getFilename());
      });
    } catch (DuplicateKeyException otherNode) {
      LOG.info("Working calendar {} was seeded by another node", year);
    }
  }

  int insert(LocalDate date, String kind, String name, String by, Instant at) {
    return jdbc.update("INSERT INTO crm_calendar_day (calendar_date, calendar_year, kind, name, updated_by, updated_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", date, date.getYear(), kind, name, by, Timestamp.from(at));
  }

  /** Loads the shared calendar from the tables (in the caller's transaction, if any). */
  public void reload() {
    Set<Integer> years = new HashSet<>(jdbc.queryForList("SELECT calendar_year FROM crm_calendar_year", Integer.class));
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    jdbc.query("SELECT calendar_date, kind FROM crm_calendar_day", rs -> {
      LocalDate d = rs.getObject(1, LocalDate.class);
      (HOLIDAY.equals(rs.getString(2)) ? holidays : workdays).add(d);
    });
    calendar.replace(holidays, workdays, years);
  }

  /** Reload in a transaction of its own, e.g. after a change was rolled back. */
  public void reloadCommitted() {
    ownTransaction.executeWithoutResult(s -> reload());
  }

  public boolean yearExists(int year) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM crm_calendar_year WHERE calendar_year = ?", Integer.class,
        year);
    return n != null && n > 0;
  }

  public String yearSource(int year) {
    List<String> s = jdbc.queryForList("SELECT source FROM crm_calendar_year WHERE calendar_year = ?", String.class,
        year);
    return s.isEmpty() ? null : s.get(0);
  }

  public List<Day> days(int year) {
    return jdbc.query("SELECT * FROM crm_calendar_day WHERE calendar_year = ? ORDER BY calendar_date",
        (rs, i) -> new Day(rs.getObject("calendar_date", LocalDate.class), rs.getString("kind"), rs.getString("name"),
            rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()), year);
  }

  public Day day(LocalDate date) {
    List<Day> d = jdbc.query("SELECT * FROM crm_calendar_day WHERE calendar_date = ?",
        (rs, i) -> new Day(rs.getObject("calendar_date", LocalDate.class), rs.getString("kind"), rs.getString("name"),
            rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()), date);
    return d.isEmpty() ? null : d.get(0);
  }

  void upsertYear(int year, String by, Instant at) {
    if (jdbc.update("UPDATE crm_calendar_year SET source = 'ADMIN', updated_by = ?, updated_at = ? WHERE calendar_year = ?",
        by, Timestamp.from(at), year) == 0) {
      jdbc.update("INSERT INTO crm_calendar_year (calendar_year, source, updated_by, updated_at) VALUES (?, 'ADMIN', ?, ?)",
          year, by, Timestamp.from(at));
    }
  }

  void deleteDaysOf(int year) {
    jdbc.update("DELETE FROM crm_calendar_day WHERE calendar_year = ?", year);
  }

  int updateDay(LocalDate date, String kind, String name, String by, Instant at) {
    return jdbc.update("UPDATE crm_calendar_day SET kind = ?, name = ?, updated_by = ?, updated_at = ?"
        + " WHERE calendar_date = ?", kind, name, by, Timestamp.from(at), date);
  }

  int deleteDay(LocalDate date) {
    return jdbc.update("DELETE FROM crm_calendar_day WHERE calendar_date = ?", date);
  }

  /** Serialises calendar changes (and the daily check) across nodes: locks the single check row. */
  void lock() {
    jdbc.queryForList("SELECT id FROM crm_calendar_check WHERE id = 1 FOR UPDATE", Integer.class);
  }
}
