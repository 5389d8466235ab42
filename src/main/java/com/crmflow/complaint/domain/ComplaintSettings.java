package com.crmflow.complaint.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines of {@code complaint-handling} from configuration ({@code crm.complaint.*}, see config/application.yaml).
 * The BPMN reads the follow-up delay as {@code ${complaintSettings.followUpAfter}}.
 */
@Component("complaintSettings")
@ConfigurationProperties(prefix = "crm.complaint")
public class ComplaintSettings {

  /** SPEC P2.3: initial response to the customer (004 §5.3: 24 h; 002: per severity). */
  private Deadline initialResponse = new Deadline(Duration.ofHours(24), new HashMap<>(Map.of("high", Duration.ofHours(2))));
  /** SPEC P2.7: result fed back within 48 h after handling ends. */
  private Deadline resultFeedback = new Deadline(Duration.ofHours(48), new HashMap<>());
  /** Warning to the assignee when this share of a deadline's time has passed. */
  private double warningAt = 0.75;
  /** The second escalation level (senior management) this share of the deadline's time after the breach. */
  private double secondLevelAfter = 1.0;
  /** SPEC P2.8: check that the problem has not recurred this long after the corrective action (ISO 8601). */
  private String followUpAfter = "P30D";

  public static class Deadline {
    private Duration standard;
    private Map<String, Duration> perSeverity;
    /** true: the clock runs on working days only (weekends and configured holidays do not count). */
    private boolean workingTime;

    public Deadline() {
      this(Duration.ofHours(24), new HashMap<>());
    }

    Deadline(Duration standard, Map<String, Duration> perSeverity) {
      this.standard = standard;
      this.perSeverity = perSeverity;
    }

    public Duration forSeverity(String severity) {
      return perSeverity.getOrDefault(severity, standard);
    }

    public Duration getStandard() {
      return standard;
    }

    public void setStandard(Duration standard) {
      this.standard = standard;
    }

    public Map<String, Duration> getPerSeverity() {
      return perSeverity;
    }

    public void setPerSeverity(Map<String, Duration> perSeverity) {
      this.perSeverity = perSeverity;
    }

    public boolean isWorkingTime() {
      return workingTime;
    }

    public void setWorkingTime(boolean workingTime) {
      this.workingTime = workingTime;
    }
  }

  public Deadline getInitialResponse() {
    return initialResponse;
  }

  public void setInitialResponse(Deadline initialResponse) {
    this.initialResponse = initialResponse;
  }

  public Deadline getResultFeedback() {
    return resultFeedback;
  }

  public void setResultFeedback(Deadline resultFeedback) {
    this.resultFeedback = resultFeedback;
  }

  public double getWarningAt() {
    return warningAt;
  }

  public void setWarningAt(double warningAt) {
    this.warningAt = warningAt;
  }

  public double getSecondLevelAfter() {
    return secondLevelAfter;
  }

  public void setSecondLevelAfter(double secondLevelAfter) {
    this.secondLevelAfter = secondLevelAfter;
  }

  public String getFollowUpAfter() {
    return followUpAfter;
  }

  public void setFollowUpAfter(String followUpAfter) {
    this.followUpAfter = followUpAfter;
  }
}
