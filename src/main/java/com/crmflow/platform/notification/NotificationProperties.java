package com.crmflow.platform.notification;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.mail.*}: e-mail notifications (defaults in {@code config/application.yaml}, templates in
 * {@code config/mail-templates.yaml}). The SMTP connection itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled      off by default: then nothing is queued and nothing is sent
 * @param from         sender address of every message
 * @param fromName     display name of the sender (Chinese is fine)
 * @param tasklistUrl  link to a task in Tasklist; {@code ${taskId}} is replaced
 * @param sendInterval pause between two runs of the sender
 * @param maxAttempts  delivery attempts of one message before it is marked FAILED
 * @param backoff      wait before the next attempt after a failed one
 * @param claimTimeout a node's claim on a message older than this is stale (the node died): others may take it
 * @param batchSize    messages one run of the sender handles at most
 * @param templates    name → subject and body with {@code ${placeholders}}
 */
@ConfigurationProperties("crm.mail")
public record NotificationProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("noreply@example.com") String from,
    @DefaultValue("客户关系管理系统") String fromName,
    @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/#/?task=${taskId}") String tasklistUrl,
    @DefaultValue("PT10S") Duration sendInterval,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue Backoff backoff,
    @DefaultValue("PT5M") Duration claimTimeout,
    @DefaultValue("50") int batchSize,
    Map<String, MailTemplate> templates) {

  public NotificationProperties {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("crm.mail.max-attempts must be at least 1: " + maxAttempts);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("crm.mail.batch-size must be at least 1: " + batchSize);
    }
    templates = templates == null ? Map.of() : Map.copyOf(templates);
  }

  /**
   * Exponential backoff: the n-th failed attempt waits {@code initial × multiplier^(n-1)}, at most {@code max}.
   */
  public record Backoff(
      @DefaultValue("PT1M") Duration initial,
      @DefaultValue("2.0") double multiplier,
      @DefaultValue("PT1H") Duration max) {

    public Backoff {
      if (initial.isNegative() || max.isNegative() || multiplier < 1.0) {
        throw new IllegalArgumentException("crm.mail.backoff needs initial >= 0, max >= 0 and multiplier >= 1");
      }
    }

    /** The wait after the given number of failed attempts (1 = the first attempt failed). */
    public Duration delayAfter(int failedAttempts) {
      double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
      return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
  }

  /** One message template; both parts may use {@code ${name}} placeholders. */
  public record MailTemplate(String subject, String body) {}
}
