package com.crmflow.customer.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code crm.grading.*}, with their one default and its explanation in {@code config/application.yaml}.
 *
 * @param cycle           the periodic regrading: a Camunda cron expression (seconds minutes hours day-of-month month
 *                        day-of-week) in the JVM's time zone, read by the timer start event of
 *                        {@code customer-grading-schedule} when the models are deployed ({@link GradingCycle})
 * @param chunkSize       ACTIVE customers per chunk of a periodic run (each chunk is one job and one transaction)
 * @param applyChunkSize  confirmed grade changes applied per job
 * @param reviewListLimit changes listed one by one in the review form; the rest are decided together
 */
@ConfigurationProperties("crm.grading")
public record GradingSettings(String cycle, int chunkSize, int applyChunkSize, int reviewListLimit) {

  public GradingSettings {
    if (cycle == null || cycle.isBlank()) {
      throw new IllegalArgumentException("crm.grading.cycle must be set (config/application.yaml)");
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
