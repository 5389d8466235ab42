package com.crmflow.visit.process;

import static com.crmflow.visit.process.VisitVariables.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.Engine;
import com.crmflow.visit.domain.Visit;
import com.crmflow.visit.domain.VisitCodes;
import com.crmflow.visit.domain.VisitDeadlines;
import com.crmflow.visit.domain.VisitImprovements;
import com.crmflow.visit.domain.Visits;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What {@code processes/return-visit.bpmn} asks ({@code ${returnVisits.…}}): the due, warning and escalation
 * times of a visit (engine timers computed from the stored due date, so they survive restarts and fire once in a
 * cluster), who visits, the improvement items and their departments, the overdue warning and escalation.
 */
@Component("returnVisits")
public class ReturnVisits {

  static final String WARNING_TEMPLATE = "visit-overdue-warning";
  static final String ESCALATION_TEMPLATE = "visit-overdue-escalation";

  private final Visits visits;
  private final VisitDeadlines deadlines;
  private final VisitImprovements improvements;
  private final NotificationService notifications;

  private final ZoneId timeZone;

  public ReturnVisits(Visits visits, VisitDeadlines deadlines, VisitImprovements improvements,
      NotificationService notifications, ZoneId timeZone) {
    this.timeZone = timeZone;
    this.visits = visits;
    this.deadlines = deadlines;
    this.improvements = improvements;
    this.notifications = notifications;
  }

  public Date visitAt(Long visitId) {
    return deadlines.visitAt(visitId);
  }

  public Date warnAt(Long visitId) {
    return deadlines.warnAt(visitId);
  }

  public Date escalateAt(Long visitId) {
    return deadlines.escalateAt(visitId);
  }

  /** The visit task's assignee: the customer's owner (crm_customer.owner) when the visit opened. */
  public String owner(Long visitId) {
    return visits.get(visitId).getOwner();
  }

  /** Nobody owns the customer (should not happen, see the owner invariant): crm-dept claims the visit. */
  public List<String> groupsWithoutOwner(Long visitId) {
    return visits.get(visitId).getOwner() == null ? List.of(CRM_DEPT) : List.of();
  }

  public List<Long> improvementIds(Long visitId) {
    return improvements.improvementIds(visitId);
  }

  /** The candidate group of the improvement item's department (crm.visit.departments). */
  public String departmentGroup(Long improvementId) {
    return improvements.improvement(improvementId).getCandidateGroup();
  }

  public Date improvementDueAt(Long improvementId) {
    return Date.from(improvements.improvement(improvementId).getDueAt());
  }

  /** Overdue: the owner (whoever holds the visit task) is reminded by mail. */
  public void warn(DelegateExecution execution, Long visitId) {
    visits.boundTo(visitId, execution.getProcessInstanceId());
    deadlines.recordWarning(visitId);
    Map<String, Object> params = params(visits.get(visitId));
    Task task = Engine.asSystem(() -> execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_VISIT).singleResult());
    String holder = task == null ? null : task.getAssignee();
    if (holder != null) {
      notifications.toUser(holder, WARNING_TEMPLATE, params);
    } else {
      notifications.toGroup(CRM_DEPT, WARNING_TEMPLATE, params);
    }
  }

  /** Long overdue: crm-dept is told by mail; its supervision task follows in the BPMN. */
  public void escalate(DelegateExecution execution, Long visitId) {
    visits.boundTo(visitId, execution.getProcessInstanceId());
    deadlines.recordEscalation(visitId);
    notifications.toGroup(CRM_DEPT, ESCALATION_TEMPLATE, params(visits.get(visitId)));
  }

  private Map<String, Object> params(Visit v) {
    Customer c = visits.customer(v.getCustomerId());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("visitNumber", v.getVisitNumber());
    p.put("customerName", c.getName());
    p.put("grade", VisitCodes.grade(c.getGrade()));
    p.put("dueDate", v.getDueDate().toString());
    p.put("owner", v.getOwner() == null ? "未指定" : v.getOwner());
    p.put("escalateAt", deadlines.escalateAt(v.getId()).toInstant().atZone(timeZone).toLocalDate()
        .toString());
    return p;
  }
}
