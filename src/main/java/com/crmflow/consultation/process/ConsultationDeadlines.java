package com.crmflow.consultation.process;

import static com.crmflow.consultation.domain.ConsultationCodes.CHANNELS;
import static com.crmflow.consultation.domain.ConsultationCodes.label;

import com.crmflow.consultation.domain.Consultation;
import com.crmflow.consultation.domain.ConsultationTimeLimits;
import com.crmflow.consultation.domain.Consultations;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.ModelProperties;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the BPMN's response-time timers call ({@code ${consultationDeadlines.…}}), the same mechanism as the
 * complaint deadlines: the due and warning times of the recorded consultation (engine timers, so they survive restarts
 * and run once in a cluster), the warning to whoever holds the answer task (its assignee, else its candidate group)
 * and the escalation in two levels like complaints: {@code cs-manager} at the breach, {@code senior-management} at the
 * second level. The service tasks say what they are by their extension properties {@code deadline} =
 * CONSULTATION_RESPONSE and {@code escalationLevel} = 1 or 2.
 */
@Component("consultationDeadlines")
public class ConsultationDeadlines {

  static final String CONSULTATION_RESPONSE = "CONSULTATION_RESPONSE";

  private final Consultations consultations;
  private final ConsultationTimeLimits timeLimits;
  private final NotificationService notifications;

  public ConsultationDeadlines(Consultations consultations, ConsultationTimeLimits timeLimits,
      NotificationService notifications) {
    this.consultations = consultations;
    this.timeLimits = timeLimits;
    this.notifications = notifications;
  }

  public Date dueAt(Long consultationId) {
    return Date.from(consultations.get(consultationId).getDueAt());
  }

  public Date warnAt(Long consultationId) {
    return Date.from(consultations.get(consultationId).getWarnAt());
  }

  /** The second escalation level (senior management); a consultation recorded before it existed has none. */
  public Date secondLevelAt(Long consultationId) {
    Consultation c = consultations.get(consultationId);
    if (c.getSecondLevelAt() == null) {
      throw new BusinessRuleException("咨询 " + c.getConsultationNumber() + " 没有二级升级时间（升级规则启用前受理的咨询）");
    }
    return Date.from(c.getSecondLevelAt());
  }

  /** The consultation of the instance whose timer fired (its id variable checked against the record's instance). */
  private Consultation bound(DelegateExecution execution) {
    requireResponseDeadline(execution);
    return consultations.boundTo(Engine.idVariable(execution, ConsultationVariables.CONSULTATION_ID),
        execution.getProcessInstanceId());
  }

  private static void requireResponseDeadline(DelegateExecution execution) {
    String deadline = ModelProperties.of(execution, ModelProperties.DEADLINE).orElse(null);
    if (!CONSULTATION_RESPONSE.equals(deadline)) {
      throw new BusinessRuleException("服务任务 " + execution.getCurrentActivityId() + " 没有说明它处理哪个时限"
          + "（扩展属性 deadline = " + CONSULTATION_RESPONSE + "）");
    }
  }

  Map<String, Object> params(Consultation c) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("consultationNumber", c.getConsultationNumber());
    p.put("enquirer", consultations.enquirer(c));
    p.put("channel", label(CHANNELS, c.getChannel()));
    p.put("dueAt", consultations.shown(c.getDueAt()));
    return p;
  }

  /** The warning time passed: the person holding the answer task (or its candidate groups) is warned. */
  public void warn(DelegateExecution execution) {
    Consultation c = bound(execution);
    if (!timeLimits.recordWarning(c.getId())) {
      return;
    }
    List<Task> open = Engine.asSystem(() -> execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).active().list());
    for (Task t : open) {
      if (ModelProperties.of(execution.getProcessEngineServices(), t, ModelProperties.SUPERVISION_LEVEL).isPresent()) {
        continue;
      }
      Map<String, Object> params = params(c);
      params.put("taskName", t.getName());
      if (t.getAssignee() != null) {
        notifications.toUser(t.getAssignee(), "consultation-warning", params);
      } else {
        Engine.asSystem(() -> execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(t.getId()))
            .stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .forEach(l -> notifications.toGroup(l.getGroupId(), "consultation-warning", params));
      }
    }
  }

  /**
   * Level 1 — the response time passed unanswered: recorded and escalated to cs-manager; level 2 — still unanswered
   * at the second level: recorded and escalated to senior-management. A supervision task follows each.
   */
  public void escalate(DelegateExecution execution) {
    Consultation c = bound(execution);
    String level = ModelProperties.of(execution, ModelProperties.ESCALATION_LEVEL).orElse(null);
    if ("1".equals(level)) {
      if (timeLimits.recordBreach(c.getId())) {
        notifications.toGroup(ConsultationVariables.CS_MANAGER, "consultation-escalation", params(c));
      }
    } else if ("2".equals(level)) {
      if (timeLimits.recordSecondLevel(c.getId())) {
        Map<String, Object> params = params(c);
        params.put("secondLevelAt", consultations.shown(c.getSecondLevelAt()));
        notifications.toGroup(ConsultationVariables.SENIOR_MANAGEMENT, "consultation-senior-escalation", params);
      }
    } else {
      throw new BusinessRuleException("咨询超时分两级升级（1 客户服务经理，2 高层管理团队）：服务任务 "
          + execution.getCurrentActivityId() + " 的 escalationLevel = " + level);
    }
  }
}
