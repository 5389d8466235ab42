package com.crmflow.customer.grading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code crm.grading.*}. The cycle is exposed to the timer start event of {@code customer-grading-schedule} as
 * {@code ${customerGradingSettings.cycle}}: a Camunda cron expression (seconds minutes hours day-of-month month
 * day-of-week) in the JVM's time zone, read when the models are deployed (a change takes effect with the next
 * deployment of the model set).
 */
@Component("customerGradingSettings")
public class GradingSettings {

  /** 01:00 on the first day of January, April, July and October. */
  public static final String DEFAULT_CYCLE = "0 0 1 1 1,4,7,10 ?";

  private final String cycle;
  private int chunkSize;
  private int applyChunkSize;
  private int reviewListLimit;

  public GradingSettings(
      @Value("${crm.grading.cycle:" + DEFAULT_CYCLE + "}") String cycle,
      @Value("${crm.grading.chunk-size:1000}") int chunkSize,
      @Value("${crm.grading.apply-chunk-size:500}") int applyChunkSize,
      @Value("${crm.grading.review-list-limit:500}") int reviewListLimit) {
    this.cycle = cycle;
    this.chunkSize = positive(chunkSize, "crm.grading.chunk-size");
    this.applyChunkSize = positive(applyChunkSize, "crm.grading.apply-chunk-size");
    this.reviewListLimit = positive(reviewListLimit, "crm.grading.review-list-limit");
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return value;
  }

  public String getCycle() {
    return cycle;
  }

  /** ACTIVE customers per chunk of a periodic run (each chunk is one job and one transaction). */
  public int getChunkSize() {
    return chunkSize;
  }

  public void setChunkSize(int chunkSize) {
    this.chunkSize = positive(chunkSize, "crm.grading.chunk-size");
  }

  /** Confirmed grade changes applied per job. */
  public int getApplyChunkSize() {
    return applyChunkSize;
  }

  public void setApplyChunkSize(int applyChunkSize) {
    this.applyChunkSize = positive(applyChunkSize, "crm.grading.apply-chunk-size");
  }

  /** Changes listed one by one in the review form; the rest are decided together. */
  public int getReviewListLimit() {
    return reviewListLimit;
  }

  public void setReviewListLimit(int reviewListLimit) {
    this.reviewListLimit = positive(reviewListLimit, "crm.grading.review-list-limit");
  }
}
