package com.crmflow.customer.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.grading.*}; each default is written here only (config/application.yaml explains the keys in comments).
 *
 * @param cycle           SPEC P3.3, the periodic regrading: a Camunda cron expression (seconds minutes hours
 *                        day-of-month month day-of-week) in the JVM's time zone, by default 01:00 on 1 January,
 *                        April, July and October; read by the timer start event of {@code customer-grading-schedule}
 *                        when the models are deployed ({@link GradingCycle})
 * @param chunkSize       ACTIVE customers per chunk of a periodic run (each chunk is one job and one transaction)
 * @param applyChunkSize  confirmed grade changes applied per job
 * @param reviewListLimit changes listed one by one in the review form; the rest are decided together (at most the
 *                        {@code properties.maxItems} of approvedChanges in forms/customer-grading-review.form)
 */
@ConfigurationProperties("crm.grading")
public record GradingSettings(
    @DefaultValue("0 0 1 1 1,4,7,10 ?") String cycle,
    @DefaultValue("1000") int chunkSize,
    @DefaultValue("500") int applyChunkSize,
    @DefaultValue("500") int reviewListLimit) {

  public GradingSettings {
    if (cycle == null || cycle.isBlank()) {
      throw new IllegalArgumentException("crm.grading.cycle must not be empty");
    }
    positive(chunkSize, "crm.grading.chunk-size");
    positive(applyChunkSize, "crm.grading.apply-chunk-size");
    positive(reviewListLimit, "crm.grading.review-list-limit");
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }
}
