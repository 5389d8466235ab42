package com.crmflow.platform.notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;

/**
 * Mails a user task's people, on every user task of every process ({@link TaskNotificationPlugin}):
 * <ul>
 *   <li>{@code assignment}: {@code task-assigned} to the new assignee — also for a task created with an assignee
 *       (Camunda fires {@code assignment} right after {@code create} then), but not when users claim a task
 *       themselves;</li>
 *   <li>{@code create} without an assignee: {@code task-for-group} to the members of the candidate groups.</li>
 * </ul>
 * Parameters of both templates: taskName, processName, businessKey, dueDate, link, taskId (and groupName for
 * {@code task-for-group}). With mail off it does nothing; a template or lookup problem is logged, never fails the
 * task. Only database errors propagate (the transaction is lost anyway).
 */
public class TaskNotificationListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskNotificationListener.class);
  private static final String NONE = "无";
  /** {@code TaskEntity.TaskState.STATE_CREATED}'s value, which the engine does not expose. */
  private static final String TASK_STATE_CREATED = "Created";

  private final NotificationProperties properties;
  private final ObjectProvider<NotificationService> notifications;
  private final ObjectProvider<Recipients> recipients;
  private final ObjectProvider<MailTemplates> templates;

  public TaskNotificationListener(NotificationProperties properties, ObjectProvider<NotificationService> notifications,
      ObjectProvider<Recipients> recipients, ObjectProvider<MailTemplates> templates) {
    this.properties = properties;
    this.notifications = notifications;
    this.recipients = recipients;
    this.templates = templates;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!properties.enabled()) {
      return;
    }
    try {
      switch (task.getEventName()) {
        case EVENTNAME_CREATE -> {
          if (task.getAssignee() == null) {
            notifyCandidates(task);
          }
        }
        case EVENTNAME_ASSIGNMENT -> notifyAssignee(task);
        default -> { }
      }
    } catch (DataAccessException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("No mail for task {} ({}) on {}: {}", task.getId(), task.getName(), task.getEventName(), e.toString(), e);
    }
  }

  private void notifyAssignee(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return; // unclaimed
    }
    // "Created" while the task is being created; an assignment later on (claim, delegate, setAssignee) is "Updated"
    // (the engine's DelegateTask is a TaskEntity, which is a Task)
    boolean beingCreated = task instanceof Task t && TASK_STATE_CREATED.equals(t.getTaskState());
    if (!beingCreated && assignee.equals(currentUser())) {
      return; // claimed by the user themselves
    }
    notifications.getObject().toUser(assignee, MailTemplates.TASK_ASSIGNED, params(task));
  }

  private void notifyCandidates(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    Map<String, Object> params = params(task);
    params.put("groupName", recipients.getObject().groupNames(groups));
    notifications.getObject().toGroups(groups, MailTemplates.TASK_FOR_GROUP, params);
  }

  private Map<String, Object> params(DelegateTask task) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("taskId", task.getId());
    p.put("taskName", task.getName() != null ? task.getName() : task.getTaskDefinitionKey());
    p.put("processName", processName(task));
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    p.put("businessKey", businessKey != null ? businessKey : NONE);
    p.put("dueDate", task.getDueDate() != null ? templates.getObject().format(task.getDueDate()) : NONE);
    p.put("link", templates.getObject().fill("crm.mail.tasklist-url", properties.tasklistUrl(),
        Map.of("taskId", task.getId())));
    return p;
  }

  private static String processName(DelegateTask task) {
    String id = task.getProcessDefinitionId();
    if (id == null) {
      return NONE;
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(id);
    if (definition == null) {
      return NONE;
    }
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  private static String currentUser() {
    CommandContext ctx = Context.getCommandContext();
    return ctx == null ? null : ctx.getAuthenticatedUserId();
  }
}
