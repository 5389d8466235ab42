package com.crmflow.project.process;

import com.crmflow.platform.calendar.WorkingCalendarChanged;
import com.crmflow.platform.calendar.WorkingDayShift;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.ModelProperties;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes the working calendar, the waiting working-day times of {@code customer-project}
 * move with it, counted again from the task's start. Which times these are, the model says
 * ({@link ModelProperties#WORKING_DAYS}): the due date of a user task marked {@code dueDate} (drafting the first
 * plan, {@code crm.project.first-plan-*-working-days}; collecting the customer's feedback) and the timers marked
 * {@code timer} on the boundary of such a task (the first plan's reminder and overdue timers).
 */
@Component
public class ProjectDeadlineRecalculation {

  static final String PROCESS_KEY = "customer-project";

  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;

  public ProjectDeadlineRecalculation(TaskService taskService, ManagementService managementService,
      RepositoryService repositoryService, IdentityService identityService) {
    this.taskService = taskService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  @EventListener
  public void calendarChanged(WorkingCalendarChanged event) {
    Engine.asSystem(identityService, () -> {
      Set<String> keys = workingDayTasks();
      if (keys.isEmpty()) {
        return null;
      }
      Map<String, BpmnModelInstance> models = new HashMap<>();
      for (Task t : taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
          .taskDefinitionKeyIn(keys.toArray(String[]::new)).list()) {
        BpmnModelInstance model = models.computeIfAbsent(t.getProcessDefinitionId(),
            repositoryService::getBpmnModelInstance);
        if (!ModelProperties.WORKING_DAYS_DUE_DATE.equals(
            ModelProperties.of(model, t.getTaskDefinitionKey(), ModelProperties.WORKING_DAYS).orElse(null))) {
          continue; // an older version of the model, in which this task's due date did not count working days
        }
        Instant start = t.getCreateTime().toInstant();
        if (t.getDueDate() != null) {
          Instant due = WorkingDayShift.workingDays(start, t.getDueDate().toInstant(), event.before(), event.after());
          if (!due.equals(t.getDueDate().toInstant())) {
            event.moved("项目任务「" + t.getName() + "」（流程 " + t.getProcessInstanceId() + "）到期时间");
            t.setDueDate(Date.from(due));
            taskService.saveTask(t);
          }
        }
        for (Job job : managementService.createJobQuery().processInstanceId(t.getProcessInstanceId()).timers().list()) {
          String activity = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
              .singleResult().getActivityId();
          if (workingDayTimerOf(model, activity, t.getTaskDefinitionKey())) {
            Instant due = WorkingDayShift.workingDays(start, job.getDuedate().toInstant(), event.before(),
                event.after());
            if (!due.equals(job.getDuedate().toInstant())) {
              managementService.setJobDuedate(job.getId(), Date.from(due));
              event.moved("项目定时器 " + activity + "（流程 " + t.getProcessInstanceId() + "）");
            }
          }
        }
      }
      return null;
    });
  }

  /** The user tasks whose due date counts working days, in any deployed version of the model. */
  private Set<String> workingDayTasks() {
    Set<String> keys = new TreeSet<>();
    for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(d.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (ModelProperties.WORKING_DAYS_DUE_DATE.equals(
            ModelProperties.of(model, task.getId(), ModelProperties.WORKING_DAYS).orElse(null))) {
          keys.add(task.getId());
        }
      }
    }
    return keys;
  }

  /** Whether {@code activityId} is a working-day timer on the boundary of the task {@code taskKey}. */
  static boolean workingDayTimerOf(BpmnModelInstance model, String activityId, String taskKey) {
    return activityId != null && model.getModelElementById(activityId) instanceof BoundaryEvent b
        && b.getAttachedTo() != null && taskKey.equals(b.getAttachedTo().getId())
        && ModelProperties.WORKING_DAYS_TIMER.equals(
            ModelProperties.of(model, activityId, ModelProperties.WORKING_DAYS).orElse(null));
  }
}
