package com.crmflow.supervision.process;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.supervision.domain.Inspections;
import com.crmflow.supervision.domain.SupervisionSettings;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** {@code ${gradingAuditTasks.…}}: when the tasks of {@code grading-audit} are due (working-day calendar). */
@Component("gradingAuditTasks")
public class GradingAuditTasks {

  private final SupervisionSettings settings;
  private final WorkingCalendar calendar;

  public GradingAuditTasks(Inspections inspections, WorkingCalendar calendar) {
    this.settings = inspections.settings();
    this.calendar = calendar;
  }

  /** 审核客户分级体系: {@code crm.supervision.audit-review-due} working days after the data was compiled. */
  public Date reviewDue(DelegateExecution execution) {
    return calendar.plusWorkingDays(ClockUtil.getCurrentTime(),
        SupervisionSettings.workingDays(settings.auditReviewDue()));
  }

  /** 审阅分级体系审计报告: {@code crm.supervision.audit-decision-due} working days after the review. */
  public Date decisionDue(DelegateExecution execution) {
    return calendar.plusWorkingDays(ClockUtil.getCurrentTime(),
        SupervisionSettings.workingDays(settings.auditDecisionDue()));
  }
}
