package com.crmflow.customer.owner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.grading.owner-check-cron}: when {@link OwnerCheck} runs (Spring cron, s m h day-of-month month
 * day-of-week, in the working calendar's time zone; only with {@code crm.scheduling.enabled}). The default is
 * written here only.
 */
@ConfigurationProperties("crm.grading")
public record OwnerCheckSettings(@DefaultValue("0 30 7 * * *") String ownerCheckCron) {}
