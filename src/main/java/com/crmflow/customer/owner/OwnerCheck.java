package com.crmflow.customer.owner;

import com.crmflow.customer.owner.OwnerViolations.Report;
import com.crmflow.customer.owner.OwnerViolations.Violation;
import com.crmflow.platform.notification.NotificationService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled owner check ({@code crm.grading.owner-check-cron}, see {@link OwnerCheckSettings}; runs with
 * {@code crm.scheduling.enabled} like the mail sender): logs the customers without exactly one eligible owner (ids
 * only, no customer data) and mails {@code crm-dept}. Each slot (hour) is claimed with an INSERT first, so with
 * several application nodes the check and its mail happen once.
 */
@EnableConfigurationProperties(OwnerCheckSettings.class)
@Component
public class OwnerCheck implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(OwnerCheck.class);
  static final String TEMPLATE = "owner-violations";
  static final int MAILED = 50;

  private final OwnerViolations violations;
  private final NotificationService notifications;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final DateTimeFormatter slotFormat;
  private final OwnerCheckSettings settings;

  public OwnerCheck(OwnerViolations violations, NotificationService notifications, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock, OwnerCheckSettings settings) {
    this.clock = clock;
    this.settings = settings;
    this.slotFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(clock.getZone());
    this.violations = violations;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Daily at {@code crm.grading.owner-check-cron}, in the time zone of the one clock. */
  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addCronTask(new CronTask(this::run, new CronTrigger(settings.ownerCheckCron(), clock.getZone())));
  }

  public void run() {
    try {
      check(clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Owner check failed: {}", e.toString());
    }
  }

  /** The check for the slot of {@code now}; empty when another node has done it already. */
  public Optional<Report> check(Instant now) {
    String slot = slotFormat.format(now);
    try {
      transaction.executeWithoutResult(s -> jdbc.update(
          "INSERT INTO crm_owner_check (slot, checked_at) VALUES (?, ?)", slot, Timestamp.from(now)));
    } catch (DuplicateKeyException done) {
      return Optional.empty();
    }
    return Optional.ofNullable(transaction.execute(s -> {
      Report report = violations.check(MAILED);
      jdbc.update("UPDATE crm_owner_check SET violation_count = ? WHERE slot = ?", report.total(), slot);
      if (report.total() == 0) {
        LOG.info("Owner check {}: every ACTIVE customer has exactly one eligible owner", slot);
        return report;
      }
      LOG.warn("Owner check {}: {} ACTIVE customers without exactly one eligible owner (customer ids {}{})", slot,
          report.total(), report.violations().stream().map(v -> v.customerId().toString())
              .collect(Collectors.joining(", ")), report.total() > report.violations().size() ? ", …" : "");
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("count", report.total());
      params.put("checkedAt", now);
      params.put("list", report.violations().stream().map(OwnerCheck::line).collect(Collectors.joining("\n"))
          + (report.total() > report.violations().size() ? "\n……" : ""));
      params.put("link", "GET /api/customers/owner-violations");
      notifications.toGroup("crm-dept", TEMPLATE, params);
      return report;
    }));
  }

  private static String line(Violation v) {
    return "- 客户 " + v.customerId() + " " + v.customerName() + "（" + OwnerEligibility.gradeLabel(v.grade()) + "）："
        + v.description();
  }
}
