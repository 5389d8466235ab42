package com.crmflow.testsupport.it;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a known period written straight into our tables (the figures' tests: the quarterly evaluation, the
 * managers' KPIs), with times given in Beijing time ({@code 2037-08-15T10:00}).
 */
public final class Fixtures {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final JdbcTemplate jdbc;
  private final CustomerRepository customers;

  public Fixtures(JdbcTemplate jdbc, CustomerRepository customers) {
    this.jdbc = jdbc;
    this.customers = customers;
  }

  public static Timestamp ts(String beijing) {
    return Timestamp.from(LocalDateTime.parse(beijing).atZone(BEIJING).toInstant());
  }

  /** Moves the engine's clock (and with it ours) to the given Beijing time. */
  public static void at(String beijing) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijing).atZone(BEIJING).toInstant()));
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 12);
  }

  public Long customer(String grade, String owner) {
    Customer c = new Customer();
    c.setName("统计集成测试客户" + UUID.randomUUID());
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(Instant.now());
    return customers.save(c).getId();
  }

  /** A survey done at {@code at} for the owner with the overall score. */
  public void survey(Long customerId, String owner, int overall, String at) {
    jdbc.update("insert into crm_survey (survey_number, customer_id, trigger_kind, source_ref, status, owner,"
        + " created_at, created_by, way, quality_score, timeliness_score, attitude_score, professionalism_score,"
        + " overall_score, surveyed_by, surveyed_at) values (?, ?, 'PERIODIC', ?, 'DONE', ?, ?, 'system', 'phone',"
        + " 3, 3, 3, 3, ?, ?, ?)", unique("SRV-IT-"), customerId,
        UUID.randomUUID().toString().substring(0, 8), owner, ts(at), overall, owner, ts(at));
  }

  /** A closed complaint received at {@code receivedAt}; its id. */
  public long complaint(Long customerId, String receivedAt, int reopened, Boolean satisfied) {
    String number = unique("CMP-IT-");
    jdbc.update("insert into crm_complaint (complaint_number, customer_id, channel, content, category, severity,"
        + " contact_preference, status, received_at, created_by, escalation_level, reopen_count, satisfied)"
        + " values (?, ?, 'phone', '统计测试投诉', 'quality', 'normal', 'phone', 'CLOSED', ?, 'system', 0, ?, ?)",
        number, customerId, ts(receivedAt), reopened, satisfied);
    return jdbc.queryForObject("select id from crm_complaint where complaint_number = ?", Long.class, number);
  }

  /** A decided deadline of the complaint (met or not). */
  public void deadline(long complaintId, String kind, int round, boolean met) {
    jdbc.update("insert into crm_complaint_deadline (complaint_id, kind, round_no, started_at, due_at, warn_at,"
        + " escalate_at, breach_level, completed_at, met) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", complaintId, kind,
        round, ts("2037-07-10T09:00"), ts("2037-07-11T09:00"), ts("2037-07-11T08:00"), ts("2037-07-12T09:00"),
        ts("2037-07-11T10:00"), met);
  }

  /** A return visit due on {@code due} in the status, visited on {@code visited} (or null). */
  public void visit(Long customerId, String owner, String due, String status, String visited) {
    boolean open = "PLANNED".equals(status) || "DUE".equals(status);
    jdbc.update("insert into crm_visit (visit_number, customer_id, open_customer_id, grade, visit_cycle, cycle_from,"
        + " due_date, status, owner, created_at, created_by, visit_date) values (?, ?, ?, 'B', 'P3M', ?, ?, ?, ?, ?,"
        + " 'system', ?)", unique("VIS-IT-"), customerId,
        open ? customerId : null, LocalDate.parse(due).minusMonths(3), LocalDate.parse(due), status, owner,
        ts("2037-01-01T00:00"), visited == null ? null : LocalDate.parse(visited));
  }
}
