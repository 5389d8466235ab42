package com.crmflow.care.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.care.*} (config/application.yaml): how many days ahead greetings are generated (default 7), when the
 * daily generation runs (a Camunda cron, default 07:00), the working days the organizer has for the invitations
 * (default P3WD) and for the summary after the activity day (default P5WD), who may own improvement items and the
 * holidays' names by first day (MM-dd, e.g. 10-01: 国庆节; unnamed holidays read 节假日). Defaults written here only.
 */
@ConfigurationProperties("crm.care")
public record CareSettings(@DefaultValue("7") int greetingDaysAhead,
    @DefaultValue("0 0 7 * * ?") String greetingsCycle,
    @DefaultValue("P3WD") String invitationDue,
    @DefaultValue("P5WD") String summaryDue,
    @DefaultValue({"account-manager", "crm-dept"}) List<String> improvementOwnerGroups,
    Map<String, String> holidayNames) {

  private static final Pattern WORKING_DAYS = Pattern.compile("^P(\\d{1,3})WD$");

  public CareSettings {
    if (greetingDaysAhead < 1 || greetingDaysAhead > 60) {
      throw new IllegalArgumentException("crm.care.greeting-days-ahead must be 1 to 60: " + greetingDaysAhead);
    }
    workingDays(invitationDue, "invitation-due");
    workingDays(summaryDue, "summary-due");
    holidayNames = holidayNames == null ? Map.of() : Map.copyOf(holidayNames);
  }

  public int invitationDueWorkingDays() {
    return workingDays(invitationDue, "invitation-due");
  }

  public int summaryDueWorkingDays() {
    return workingDays(summaryDue, "summary-due");
  }

  private static int workingDays(String value, String key) {
    var m = WORKING_DAYS.matcher(value == null ? "" : value);
    if (!m.matches()) {
      throw new IllegalArgumentException("crm.care." + key + " must be working days such as P5WD: " + value);
    }
    return Integer.parseInt(m.group(1));
  }
}
