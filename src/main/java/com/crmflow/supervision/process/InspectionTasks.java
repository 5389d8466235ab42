package com.crmflow.supervision.process;

import static com.crmflow.supervision.process.SupervisionVariables.FINDING_ID;
import static com.crmflow.supervision.process.SupervisionVariables.INSPECTION_ID;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.Engine;
import com.crmflow.supervision.domain.Finding;
import com.crmflow.supervision.domain.Inspection;
import com.crmflow.supervision.domain.Inspections;
import com.crmflow.supervision.domain.SupervisionSettings;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${inspectionTasks.…}}: the cases and findings of {@code supervision-inspection}, who works them and when
 * they are due — read from the inspection bound to the instance, never from a variable a user could send (a
 * {@code caseId} or {@code findingId} of another inspection is refused).
 */
@Component("inspectionTasks")
public class InspectionTasks {

  private final Inspections inspections;
  private final WorkingCalendar calendar;

  public InspectionTasks(Inspections inspections, WorkingCalendar calendar) {
    this.inspections = inspections;
    this.calendar = calendar;
  }

  Inspection inspection(VariableScope scope) {
    return inspections.boundTo(Engine.idVariable(scope, INSPECTION_ID), Engine.processInstanceId(scope));
  }

  Finding finding(VariableScope scope) {
    return inspections.findingOf(inspection(scope).getId(), Engine.idVariable(scope, FINDING_ID));
  }

  /** The cases drawn (one 检查案例 each). */
  public List<Long> caseIds(DelegateExecution execution) {
    return inspections.caseIds(inspection(execution).getId());
  }

  /** Who checks the cases: the supervisor who started the inspection (supervisor candidates as well). */
  public String inspector(DelegateExecution execution) {
    return inspection(execution).getStartedBy();
  }

  /** The case checks are due {@code crm.supervision.check-due} working days after the sample was drawn. */
  public Date checkDue(DelegateExecution execution) {
    return calendar.plusWorkingDays(ClockUtil.getCurrentTime(),
        SupervisionSettings.workingDays(inspections.settings().checkDue()));
  }

  /** The findings still open (one 督查问题整改 each). */
  public List<Long> findingIds(DelegateExecution execution) {
    return inspections.openFindingIds(inspection(execution).getId());
  }

  /** Candidate group of 整改督查问题: the finding's department. */
  public String department(DelegateExecution execution) {
    return finding(execution).getDepartment();
  }

  /** Due date of 整改督查问题 and its overdue timer: the end of the finding's due day (working-day calendar). */
  public Date findingDueAt(DelegateExecution execution) {
    return Date.from(finding(execution).getDueAt());
  }

  /** After 复核整改: the review accepted the rectification (the finding is closed) or sent it back. */
  public boolean findingClosed(DelegateExecution execution) {
    return Finding.CLOSED.equals(finding(execution).getStatus());
  }
}
