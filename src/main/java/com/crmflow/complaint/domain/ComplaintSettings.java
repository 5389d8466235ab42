package com.crmflow.complaint.domain;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of {@code complaint-handling} ({@code crm.complaint.*}; the defaults are here, config/application.yaml
 * describes the keys). The BPMN reads the follow-up delay as {@code ${complaintSettings.followUpAfter}} (see
 * {@code ComplaintProcessBindings.complaintSettings}).
 *
 * @param initialResponse  SPEC P2.3: initial response to the customer (004 §5.3: 24 h; 002: per severity, high 2 h)
 * @param resultFeedback   SPEC P2.7: result fed back within 48 h after handling ends
 * @param warningAt        warning to the assignee when this share of a deadline's time has passed
 * @param secondLevelAfter the second escalation level (senior management) this share of the deadline's time after
 *                         the breach (1.0 = as long again)
 * @param followUpAfter    SPEC P2.8: check that the problem has not recurred this long after the corrective action
 *                         (ISO 8601)
 */
@ConfigurationProperties("crm.complaint")
public record ComplaintSettings(
    Deadline initialResponse,
    Deadline resultFeedback,
    @DefaultValue("0.75") double warningAt,
    @DefaultValue("1.0") double secondLevelAfter,
    @DefaultValue("P30D") String followUpAfter) {

  public ComplaintSettings {
    // defaults of the two deadlines (a key that is not set keeps its default)
    initialResponse = Deadline.orDefault(initialResponse, Duration.ofHours(24), Map.of("high", Duration.ofHours(2)));
    resultFeedback = Deadline.orDefault(resultFeedback, Duration.ofHours(48), Map.of());
  }

  /**
   * One deadline.
   *
   * @param standard    the time allowed
   * @param perSeverity a different time for a severity (low, medium, high)
   * @param workingTime true: the clock runs on working days only (weekends and configured holidays do not count)
   */
  public record Deadline(Duration standard, Map<String, Duration> perSeverity, boolean workingTime) {

    public Duration forSeverity(String severity) {
      return perSeverity.getOrDefault(severity, standard);
    }

    static Deadline orDefault(Deadline given, Duration standard, Map<String, Duration> perSeverity) {
      if (given == null) {
        return new Deadline(standard, perSeverity, false);
      }
      return new Deadline(given.standard() == null ? standard : given.standard(),
          given.perSeverity() == null ? perSeverity : Map.copyOf(given.perSeverity()), given.workingTime());
    }
  }

  /** The rule of a deadline kind ({@link ComplaintDeadline#INITIAL_RESPONSE} or RESULT_FEEDBACK). */
  public Deadline deadline(String kind) {
    return ComplaintDeadline.INITIAL_RESPONSE.equals(kind) ? initialResponse : resultFeedback;
  }
}
