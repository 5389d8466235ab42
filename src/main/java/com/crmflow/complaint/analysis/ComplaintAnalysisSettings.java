package com.crmflow.complaint.analysis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly complaint analysis starts ({@code crm.complaint.analysis-cycle}), exposed to the timer start
 * event of {@code complaint-analysis-monthly} as {@code ${complaintAnalysisSettings.cycle}}. A Camunda cron expression
 * (seconds minutes hours day-of-month month day-of-week), evaluated in the JVM's time zone (the Docker image
 * runs in Asia/Shanghai). The engine reads it when the models are deployed: a changed value takes effect with the
 * next deployment of the model set (or a Modeler deployment of complaint-analysis-monthly), not on a plain
 * restart.
 */
@Component("complaintAnalysisSettings")
public class ComplaintAnalysisSettings {

  /** 02:00 on the 1st of every month. */
  public static final String DEFAULT_CYCLE = "0 0 2 1 * ?";

  private final String cycle;

  public ComplaintAnalysisSettings(@Value("${crm.complaint.analysis-cycle:" + DEFAULT_CYCLE + "}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
