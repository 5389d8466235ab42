package com.crmflow.project.process;

import com.crmflow.platform.calendar.WorkingCalendarChanged;
import com.crmflow.platform.calendar.WorkingDayShift;
import com.crmflow.platform.process.Engine;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes the working calendar, the waiting working-day times of {@code customer-project}
 * move with it, counted again from the task's start: the first plan's due date and its reminder and overdue
 * timers ({@code crm.project.first-plan-*-working-days}), and the due date of collecting the customer's feedback.
 */
@Component
public class ProjectDeadlineRecalculation {

  static final String DRAFT_PLAN = "Task_DraftPlan";
  static final String COLLECT_FEEDBACK = "Task_CollectFeedback";
  static final Set<String> FIRST_PLAN_TIMERS = Set.of("BoundaryEvent_FirstPlanDueSoon", "BoundaryEvent_FirstPlanOverdue");

  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  public ProjectDeadlineRecalculation(TaskService taskService, ManagementService managementService,
      IdentityService identityService) {
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  @EventListener
  public void calendarChanged(WorkingCalendarChanged event) {
    Engine.asSystem(identityService, () -> {
      for (Task t : taskService.createTaskQuery().processDefinitionKey("customer-project")
          .taskDefinitionKeyIn(DRAFT_PLAN, COLLECT_FEEDBACK).list()) {
        Instant start = t.getCreateTime().toInstant();
        if (t.getDueDate() != null) {
          Instant due = WorkingDayShift.workingDays(start, t.getDueDate().toInstant(), event.before(), event.after());
          if (!due.equals(t.getDueDate().toInstant())) {
            event.moved("项目任务「" + t.getName() + "」（流程 " + t.getProcessInstanceId() + "）到期时间");
            t.setDueDate(Date.from(due));
            taskService.saveTask(t);
          }
        }
        if (DRAFT_PLAN.equals(t.getTaskDefinitionKey())) {
          for (Job job : managementService.createJobQuery().processInstanceId(t.getProcessInstanceId()).timers().list()) {
            String activity = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
            if (FIRST_PLAN_TIMERS.contains(activity)) {
              Instant due = WorkingDayShift.workingDays(start, job.getDuedate().toInstant(), event.before(),
                  event.after());
              if (!due.equals(job.getDuedate().toInstant())) {
                managementService.setJobDuedate(job.getId(), Date.from(due));
                event.moved("项目定时器 " + activity + "（流程 " + t.getProcessInstanceId() + "）");
              }
            }
          }
        }
      }
      return null;
    });
  }
}
