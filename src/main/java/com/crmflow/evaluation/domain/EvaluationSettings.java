package com.crmflow.evaluation.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.evaluation.*} (config/application.yaml): when the quarterly evaluation per owner runs (a Camunda cron
 * expression; default the first day of each quarter at 03:00, for the quarter that ended), the lowest survey score
 * that counts as satisfied (default 4 of 5) and when senior management's decision task is due (working days on the
 * working-day calendar, default P10WD). The thresholds of the rewards and penalty reviews are in
 * processes/owner-evaluation.dmn, not here. The defaults are written here only.
 */
@ConfigurationProperties("crm.evaluation")
public record EvaluationSettings(@DefaultValue("0 0 3 1 1,4,7,10 ?") String cycle,
    @DefaultValue("4") int satisfiedAtLeast, @DefaultValue("P10WD") String decisionDue) {

  public EvaluationSettings {
    if (cycle == null || cycle.isBlank()) {
      throw new IllegalArgumentException("crm.evaluation.cycle must not be empty");
    }
    if (satisfiedAtLeast < 1 || satisfiedAtLeast > 5) {
      throw new IllegalArgumentException("crm.evaluation.satisfied-at-least must be 1-5: " + satisfiedAtLeast);
    }
    if (!decisionDue.matches("^P\\d{1,3}WD$")) {
      throw new IllegalArgumentException("crm.evaluation.decision-due must be working days such as P10WD: "
          + decisionDue);
    }
  }
}
