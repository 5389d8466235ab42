package com.crmflow.platform.calendar;

import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.BusinessRuleException;
import io.holunda.camunda.bpm.data.CamundaBpmData;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily coverage check ({@code crm.calendar.check-cron}, see {@link CalendarSettings}; runs with
 * {@code crm.scheduling.enabled}). When the current year, or the next year within {@code crm.calendar.notice-days}
 * of its start, is not covered, it starts {@code working-calendar-maintenance} (task 维护下一年度工作日历 for
 * {@code camunda-admin}) and mails the administrators — once per year: while that year's instance is open, later
 * checks only log. The clock is the engine's ({@link ClockUtil}), as for every deadline.
 */
@Component("workingCalendarCheck")
public class WorkingCalendarCheck implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendarCheck.class);
  public static final String PROCESS_KEY = "working-calendar-maintenance";
  public static final VariableFactory<Integer> YEAR_VARIABLE = CamundaBpmData.intVariable("calendarYear");
  public static final String TEMPLATE = "working-calendar-uncovered";
  public static final String ADMINS = "camunda-admin";

  private final CalendarCoverage coverage;
  private final WorkingCalendar calendar;
  private final WorkingCalendarStore store;
  private final RuntimeService runtimeService;
  private final NotificationService notifications;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final CalendarSettings settings;

  public WorkingCalendarCheck(CalendarCoverage coverage, WorkingCalendar calendar, WorkingCalendarStore store,
      RuntimeService runtimeService, NotificationService notifications, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, CalendarSettings settings) {
    this.settings = settings;
    this.coverage = coverage;
    this.calendar = calendar;
    this.store = store;
    this.runtimeService = runtimeService;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  public static String businessKey(int year) {
    return "working-calendar-" + year;
  }

  /**
   * The check at {@code crm.calendar.check-cron} in the calendar's time zone and the reload every
   * {@code crm.calendar.reload-interval} ({@link CalendarSettings}); only with {@code crm.scheduling.enabled}.
   */
  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addCronTask(new CronTask(this::run, new CronTrigger(settings.checkCron(), calendar.zone())));
    registrar.addFixedDelayTask(new FixedDelayTask(this::reload, settings.reloadInterval(), settings.reloadInterval()));
  }

  public void run() {
    try {
      check(ClockUtil.getCurrentTime().toInstant());
    } catch (RuntimeException e) {
      LOG.warn("Working calendar check failed: {}", e.toString());
    }
  }

  /**
   * Other nodes' changes: every {@code crm.calendar.reload-interval} the calendar is read again, under
   * the same lock as a change, so a change in progress on this node is never overwritten by the state before it.
   */
  public void reload() {
    try {
      transaction.executeWithoutResult(s -> {
        store.lock();
        store.reload();
      });
    } catch (RuntimeException e) {
      LOG.warn("Working calendar reload failed: {}", e.toString());
    }
  }

  /** The check at {@code now}: the maintenance instance of the year that needs one (new or already open). */
  public Optional<ProcessInstance> check(Instant now) {
    return Optional.ofNullable(transaction.execute(s -> {
      store.lock();
      store.reload(); // another node may have changed the calendar
      jdbc.update("UPDATE crm_calendar_check SET last_checked_at = ? WHERE id = 1", Timestamp.from(now));
      LocalDate today = now.atZone(calendar.zone()).toLocalDate();
      Optional<Integer> year = coverage.needsMaintenance(today);
      if (year.isEmpty()) {
        return null;
      }
      int y = year.get();
      long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, LocalDate.of(y, 1, 1)));
      ProcessInstance open = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(businessKey(y)).active().list().stream().findFirst().orElse(null);
      if (open != null) {
        LOG.warn("Working calendar does not cover {} ({} days left); maintenance task already open (instance {})",
            y, daysLeft, open.getId());
        return open;
      }
      ProcessInstance started = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(y),
          Map.of(YEAR_VARIABLE.getName(), y));
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("year", y);
      params.put("firstDay", LocalDate.of(y, 1, 1).toString());
      params.put("daysLeft", daysLeft);
      params.put("coveredYears", calendar.coveredYears().stream().map(String::valueOf)
          .collect(Collectors.joining("、")));
      params.put("link", "PUT /api/admin/calendar/years/" + y);
      notifications.toGroup(ADMINS, TEMPLATE, params);
      LOG.warn("Working calendar does not cover {} ({} days left): maintenance task for {} started (instance {})",
          y, daysLeft, ADMINS, started.getId());
      return started;
    }));
  }

  /** Due date of the maintenance task: the first day of the year (midnight, Beijing). */
  public Date firstDayOf(Integer year) {
    int y = year;
    return Date.from(LocalDate.of(y, 1, 1).atStartOfDay(calendar.zone()).toInstant());
  }

  /** The maintenance task is done only when the calendar covers its year. */
  @Bean
  public TaskListener workingCalendarMaintained() {
    return task -> {
      int y = YEAR_VARIABLE.from(task).get();
      store.reload();
      if (!calendar.covers(y)) {
        throw new BusinessRuleException(y + " 年工作日历尚未导入：请先通过 PUT /api/admin/calendar/years/" + y
            + " 导入该年度法定节假日及调休上班日，再完成本任务");
      }
    };
  }
}
