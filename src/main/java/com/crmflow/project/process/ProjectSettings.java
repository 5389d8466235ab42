package com.crmflow.project.process;

import com.crmflow.platform.calendar.WorkingDayBusinessCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines and cycles of {@code customer-project} from configuration ({@code crm.project.*}), exposed to the
 * BPMN as {@code ${projectSettings.…}}. Working-day values use the working-day business calendar ({@code P3WD}).
 */
@Component("projectSettings")
@ConfigurationProperties(prefix = "crm.project")
public class ProjectSettings {

  private int firstPlanDueWorkingDays = 3;
  private int firstPlanReminderWorkingDays = 2;
  private String progressReportCycle = "R/P7D";
  private int feedbackDueWorkingDays = 5;

  public String getFirstPlanDue() {
    return WorkingDayBusinessCalendar.workingDays(firstPlanDueWorkingDays);
  }

  public String getFirstPlanReminder() {
    return WorkingDayBusinessCalendar.workingDays(firstPlanReminderWorkingDays);
  }

  public String getFeedbackDue() {
    return WorkingDayBusinessCalendar.workingDays(feedbackDueWorkingDays);
  }

  public String getProgressReportCycle() {
    return progressReportCycle;
  }

  public void setFirstPlanDueWorkingDays(int days) {
    this.firstPlanDueWorkingDays = days;
  }

  public void setFirstPlanReminderWorkingDays(int days) {
    this.firstPlanReminderWorkingDays = days;
  }

  public void setProgressReportCycle(String cycle) {
    this.progressReportCycle = cycle;
  }

  public void setFeedbackDueWorkingDays(int days) {
    this.feedbackDueWorkingDays = days;
  }

  public int getFirstPlanDueWorkingDays() {
    return firstPlanDueWorkingDays;
  }

  public int getFeedbackDueWorkingDays() {
    return feedbackDueWorkingDays;
  }
}
