package com.crmflow.platform.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code crm.calendar.*}; each default is written here only.
 *
 * @param location the calendar file (time zone, holidays, working weekend days) that seeds the calendar kept in the
 *     database ({@link WorkingCalendarStore}); by default config/working-calendar.yaml
 * @param noticeDays from this many days before a year the calendar does not cover, the daily check opens the task
 *     维护下一年度工作日历 (issue 8 (15))
 * @param checkCron the daily coverage check ({@link WorkingCalendarCheck}); Spring cron in the calendar's time zone,
 *     runs only with {@code crm.scheduling.enabled}
 * @param reloadInterval how often each node reads the calendar again (other nodes' changes)
 */
@ConfigurationProperties("crm.calendar")
public record CalendarSettings(
    @DefaultValue("classpath:config/working-calendar.yaml") Resource location,
    @DefaultValue("60") int noticeDays,
    @DefaultValue("0 0 7 * * *") String checkCron,
    @DefaultValue("PT5M") Duration reloadInterval) {}
