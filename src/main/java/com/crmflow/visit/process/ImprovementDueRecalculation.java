package com.crmflow.visit.process;

import com.crmflow.platform.calendar.WorkingCalendarChanged;
import com.crmflow.platform.calendar.WorkingDayShift;
import com.crmflow.platform.process.Engine;
import com.crmflow.visit.domain.VisitImprovement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  @PersistenceContext
  private EntityManager entityManager;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public ImprovementDueRecalculation(TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  public void calendarChanged(WorkingCalendarChanged event) {
    List<VisitImprovement> open = entityManager.createQuery(
        "select i from VisitImprovement i where i.status = :open order by i.id", VisitImprovement.class)
        .setParameter("open", VisitImprovement.OPEN).getResultList();
    if (open.isEmpty()) {
      return;
    }
    Engine.asSystem(identityService, () -> {
      List<Task> tasks = taskService.createTaskQuery().processDefinitionKey("return-visit")
          .taskDefinitionKey("Task_Improvement").list();
      for (VisitImprovement item : open) {
        Instant old = item.getDueAt();
        Instant due = WorkingDayShift.workingDays(item.getCreatedAt(), old, event.before(), event.after());
        if (due.equals(old)) {
          continue;
        }
        item.setDueAt(due);
        for (Task t : tasks) {
          if (item.getId().equals(asLong(runtimeService.getVariable(t.getExecutionId(), "improvementId")))
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

  private static Long asLong(Object v) {
    return v instanceof Number n ? n.longValue() : null;
  }
}
