package com.crmflow.supervision.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.supervision.*} (config/application.yaml mentions them): the sample size an inspection proposes
 * (default 5) and the largest one accepted (50); the groups of config/organization.yaml a finding may be given to
 * for rectification; when the supervisor's case checks are due (working days after the sample is drawn); the cycle
 * of the yearly grading audit (a Camunda cron expression, default 1 January 03:00 for the year that ended) and when
 * the supervisor's review and senior management's reading are due (working days). The defaults are written here only.
 */
@ConfigurationProperties("crm.supervision")
public record SupervisionSettings(
    @DefaultValue("5") int defaultSampleSize,
    @DefaultValue("50") int maxSampleSize,
    @DefaultValue({"cs-manager", "crm-dept", "project-lead", "dept-market", "dept-tech", "legal", "finance"})
    List<String> departments,
    @DefaultValue("P10WD") String checkDue,
    @DefaultValue("0 0 3 1 1 ?") String auditCycle,
    @DefaultValue("P10WD") String auditReviewDue,
    @DefaultValue("P10WD") String auditDecisionDue) {

  private static final Pattern WORKING_DAYS = Pattern.compile("^P(\\d{1,3})WD$");

  public SupervisionSettings {
    if (defaultSampleSize < 1 || maxSampleSize < defaultSampleSize || maxSampleSize > 1000) {
      throw new IllegalArgumentException("crm.supervision: need 1 <= default-sample-size <= max-sample-size <= 1000: "
          + defaultSampleSize + ", " + maxSampleSize);
    }
    if (departments == null || departments.isEmpty()) {
      throw new IllegalArgumentException("crm.supervision.departments must name at least one group");
    }
    departments = List.copyOf(departments);
    for (String due : List.of(checkDue, auditReviewDue, auditDecisionDue)) {
      if (due == null || !WORKING_DAYS.matcher(due).matches()) {
        throw new IllegalArgumentException("crm.supervision.*-due must be working days such as P10WD: " + due);
      }
    }
    if (auditCycle == null || auditCycle.isBlank()) {
      throw new IllegalArgumentException("crm.supervision.audit-cycle must not be empty");
    }
  }

  /** The number of working days of a {@code P10WD} setting. */
  public static int workingDays(String setting) {
    var m = WORKING_DAYS.matcher(setting);
    if (!m.matches()) {
      throw new IllegalArgumentException("not working days such as P10WD: " + setting);
    }
    return Integer.parseInt(m.group(1));
  }
}
