package com.crmflow.platform.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the application's {@code @Scheduled} methods (the mail {@link OutboxSender}). Tests that drive the sender
 * themselves turn it off with {@code crm.scheduling.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfig {}
