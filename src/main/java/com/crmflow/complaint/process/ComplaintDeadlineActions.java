package com.crmflow.complaint.process;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintTimeLimits;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.ModelProperties;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the BPMN's deadline timers call ({@code ${complaintDeadlines.…}}): the due, warning and escalation times
 * of a recorded deadline (engine timers, so they survive restarts and run once in a cluster), the warning to
 * whoever holds the task, the escalation to {@code cs-manager} and {@code senior-management}, and routing.
 */
@Component("complaintDeadlines")
public class ComplaintDeadlineActions {

  static final String CS_MANAGER = "cs-manager";
  static final String SENIOR_MANAGEMENT = "senior-management";

  private final Complaints complaints;
  private final ComplaintTimeLimits timeLimits;
  private final CustomerDirectory customers;
  private final NotificationService notifications;

  public ComplaintDeadlineActions(Complaints complaints, ComplaintTimeLimits timeLimits, CustomerDirectory customers,
      NotificationService notifications) {
    this.complaints = complaints;
    this.timeLimits = timeLimits;
    this.customers = customers;
    this.notifications = notifications;
  }

  public Date dueAt(Long deadlineId) {
    return Date.from(timeLimits.deadline(deadlineId).getDueAt());
  }

  public Date warnAt(Long deadlineId) {
    return Date.from(timeLimits.deadline(deadlineId).getWarnAt());
  }

  public Date escalateAt(Long deadlineId) {
    return Date.from(timeLimits.deadline(deadlineId).getEscalateAt());
  }

  /** The deadline, checked: its complaint must be bound to the instance whose timer fired. */
  private ComplaintDeadline bound(DelegateExecution execution, Long deadlineId) {
    ComplaintDeadline d = timeLimits.deadline(deadlineId);
    complaints.boundTo(d.getComplaintId(), execution.getProcessInstanceId());
    return d;
  }

  /** 75 % of the time has passed: the person holding the task (or its candidate groups) is warned. */
  public void warn(DelegateExecution execution, Long deadlineId) {
    bound(execution, deadlineId);
    timeLimits.recordWarning(deadlineId);
    ComplaintDeadline d = timeLimits.deadline(deadlineId);
    Complaint c = complaints.get(d.getComplaintId());
    List<Task> open = Engine.asSystem(() -> execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).active().list());
    for (Task t : open) {
      if (ModelProperties.of(execution.getProcessEngineServices(), t, ModelProperties.SUPERVISION_LEVEL).isPresent()) {
        // a supervision task is not warned about the deadline it supervises
        continue;
      }
      Map<String, Object> params = timeLimits.params(c, d);
      params.put("taskName", t.getName());
      if (t.getAssignee() != null) {
        notifications.toUser(t.getAssignee(), "deadline-warning", params);
      } else {
        Engine.asSystem(() -> execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(t.getId()))
            .stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .forEach(l -> notifications.toGroup(l.getGroupId(), "deadline-warning", params));
      }
    }
  }

  /** Breach: level 1 to cs-manager, level 2 to senior-management (a supervision task follows in the BPMN). */
  public void escalate(DelegateExecution execution, Long deadlineId, int level) {
    bound(execution, deadlineId);
    timeLimits.recordBreach(deadlineId, level);
    ComplaintDeadline d = timeLimits.deadline(deadlineId);
    Map<String, Object> params = timeLimits.params(complaints.get(d.getComplaintId()), d);
    params.put("level", level == 1 ? "一级（客户服务经理）" : "二级（高层管理团队）");
    notifications.toGroup(level == 1 ? CS_MANAGER : SENIOR_MANAGEMENT, "deadline-escalation", params);
  }

  /**
   * Who investigates: customer service first; after each unsatisfied verdict one level higher. The level is the
   * complaint's own (bound to this instance), not the {@code escalationLevel} variable a caller could rewrite.
   */
  public String investigationGroup(DelegateExecution execution) {
    Complaint c = complaints.boundTo(Engine.idVariable(execution, ComplaintVariables.COMPLAINT_ID),
        execution.getProcessInstanceId());
    int level = c.getEscalationLevel() == null ? 0 : c.getEscalationLevel();
    return level <= 0 ? "cs-specialist" : level == 1 ? CS_MANAGER : SENIOR_MANAGEMENT;
  }

  /**
   * The owner (account manager) of the complaint's customer for the satisfaction survey, or null (then
   * account-manager claims it) — the customer of the bound complaint, not the {@code customerId} variable.
   */
  public String customerOwner(DelegateExecution execution) {
    Complaint c = complaints.boundTo(Engine.idVariable(execution, ComplaintVariables.COMPLAINT_ID),
        execution.getProcessInstanceId());
    return customers.find(c.getCustomerId()).map(cu -> cu.getOwner()).orElse(null);
  }
}
