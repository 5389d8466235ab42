package com.crmflow.agreement.domain;

import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code agreement-execution} (SPEC P6.4; {@code crm.agreement.*}, beside {@link AgreementSettings};
 * config/application.yaml describes the keys).
 *
 * @param meetingCycle how often the agreement's owner holds and records the coordination meeting (协调会议), an ISO
 *     8601 period (default monthly); read when an execution starts (its cycle then stays as it was)
 * @param obligationEscalateAfter working days after an obligation's due date at which a still open obligation is
 *     escalated to the agreement's owner (its own owner is warned the first working day after the due date)
 * @param obligationWarnTime time of day (working calendar's zone) of the overdue warning and escalation
 * @param obligationOwnerGroups the groups whose members may own an obligation item (001 §7(2).1 各部门和人员)
 */
@ConfigurationProperties("crm.agreement")
public record AgreementExecutionSettings(
    @DefaultValue("P1M") Period meetingCycle,
    @DefaultValue("3") int obligationEscalateAfter,
    @DefaultValue("09:00") LocalTime obligationWarnTime,
    @DefaultValue({"account-manager", "project-lead", "executor", "dept-head", "legal", "finance", "cs-specialist",
        "crm-dept"}) List<String> obligationOwnerGroups) {

  public AgreementExecutionSettings {
    if (meetingCycle.isNegative() || meetingCycle.isZero()) {
      throw new IllegalArgumentException("crm.agreement.meeting-cycle must be positive: " + meetingCycle);
    }
    if (obligationEscalateAfter < 1) {
      throw new IllegalArgumentException("crm.agreement.obligation-escalate-after must be at least 1 working day: "
          + obligationEscalateAfter);
    }
    if (obligationOwnerGroups.isEmpty()) {
      throw new IllegalArgumentException("crm.agreement.obligation-owner-groups must name at least one group");
    }
  }

  /** The meeting timer's cycle as the engine reads it, e.g. {@code R/P1M}. */
  public String meetingTimerCycle() {
    return "R/" + meetingCycle;
  }
}
