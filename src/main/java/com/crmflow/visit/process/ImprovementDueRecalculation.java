package com.crmflow.visit.process;

import com.crmflow.platform.calendar.WorkingCalendarChanged;
import com.crmflow.platform.calendar.WorkingDayShift;
import com.crmflow.platform.process.Engine;
import com.crmflow.visit.domain.VisitImprovement;
import com.crmflow.visit.domain.VisitImprovementRepository;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes the working calendar, every OPEN improvement item of a return visit gets its due
 * time ({@code crm.visit.improvement-due-working-days} after the visit) counted again, row and open task alike.
 */
@Component
public class ImprovementDueRecalculation {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final VisitImprovementRepository improvements;

  public ImprovementDueRecalculation(TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, VisitImprovementRepository improvements) {
    this.improvements = improvements;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  public void calendarChanged(WorkingCalendarChanged event) {
    List<VisitImprovement> open = improvements.findByStatusOrderById(VisitImprovement.OPEN);
    if (open.isEmpty()) {
      return;
    }
    Engine.asSystem(identityService, () -> {
      List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(VisitVariables.PROCESS_KEY)
          .taskDefinitionKey(VisitVariables.TASK_IMPROVEMENT).list();
      for (VisitImprovement item : open) {
        Instant old = item.getDueAt();
        Instant due = WorkingDayShift.workingDays(item.getCreatedAt(), old, event.before(), event.after());
        if (due.equals(old)) {
          continue;
        }
        item.setDueAt(due);
        for (Task t : tasks) {
          if (item.getId().equals(Engine.idOrNull(runtimeService, t.getExecutionId(), VisitVariables.IMPROVEMENT_ID))
              && t.getDueDate() != null && t.getDueDate().toInstant().equals(old)) {
            t.setDueDate(Date.from(due));
            taskService.saveTask(t);
          }
        }
        event.moved("回访改进事项 " + item.getId() + " 到期时间");
      }
      return null;
    });
  }

}
