package com.crmflow.project.process;

import com.crmflow.platform.calendar.WorkingDayBusinessCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines and cycles of {@code customer-project} ({@code crm.project.*}); each default is written here only
 * (config/application.yaml explains the keys in comments). The BPMN reads them as {@code ${projectSettings.…}}
 * ({@link ModelSettings}, see {@link ProjectProcessBindings#projectSettings}); working-day values as {@code P3WD} for
 * the working-day business calendar.
 *
 * @param firstPlanDueWorkingDays      SPEC P1.4: the first plan is due this many working days after the requirement
 *                                     record is signed
 * @param firstPlanReminderWorkingDays reminder to the project lead this many working days after signing (before
 *                                     the deadline)
 * @param progressReportCycle          SPEC P1.9: periodic progress report to the customer while execution runs (ISO
 *                                     8601 repeating interval)
 * @param feedbackDueWorkingDays       SPEC P1.12: improvement measures are answered within this many working days
 *                                     after acceptance
 */
@ConfigurationProperties("crm.project")
public record ProjectSettings(
    @DefaultValue("3") int firstPlanDueWorkingDays,
    @DefaultValue("2") int firstPlanReminderWorkingDays,
    @DefaultValue("R/P7D") String progressReportCycle,
    @DefaultValue("5") int feedbackDueWorkingDays) {

  /**
   * What the model reads of the settings, as bean properties ({@code ${projectSettings.firstPlanDue}}): a record's
   * accessors are no JavaBean properties for the engine's expressions.
   */
  public record ModelSettings(ProjectSettings settings) {

    public String getFirstPlanDue() {
      return WorkingDayBusinessCalendar.workingDays(settings.firstPlanDueWorkingDays());
    }

    public String getFirstPlanReminder() {
      return WorkingDayBusinessCalendar.workingDays(settings.firstPlanReminderWorkingDays());
    }

    public String getFeedbackDue() {
      return WorkingDayBusinessCalendar.workingDays(settings.feedbackDueWorkingDays());
    }

    public String getProgressReportCycle() {
      return settings.progressReportCycle();
    }
  }
}
