package com.crmflow.survey.process;

import static com.crmflow.survey.process.SurveyVariables.TASK_SURVEY;

import com.crmflow.customer.domain.CustomerOwnerChanged;
import com.crmflow.platform.process.Engine;
import com.crmflow.survey.domain.SatisfactionSurvey;
import com.crmflow.survey.domain.SatisfactionSurveys;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps open surveys in step with the customer archive, in the same transaction as the change: the customer's new
 * owner takes over its open survey tasks (an improvement task stays with the manager it was given to).
 */
@Component
public class CustomerChangesForSurveys {

  private final SatisfactionSurveys surveys;
  private final TaskService taskService;
  private final IdentityService identityService;

  public CustomerChangesForSurveys(SatisfactionSurveys surveys, TaskService taskService,
      IdentityService identityService) {
    this.surveys = surveys;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @EventListener
  public void ownerChanged(CustomerOwnerChanged e) {
    if (e.newOwner() == null) {
      return;
    }
    for (SatisfactionSurvey s : surveys.surveysOf(e.customerId())) {
      if (!SatisfactionSurvey.OPEN.equals(s.getStatus()) || s.getProcessInstanceId() == null) {
        continue;
      }
      surveys.ownerChanged(s.getId(), e.newOwner());
      system(() -> {
        Task task = taskService.createTaskQuery().processInstanceId(s.getProcessInstanceId())
            .taskDefinitionKey(TASK_SURVEY).singleResult();
        if (task != null) {
          taskService.setAssignee(task.getId(), e.newOwner());
        }
        return null;
      });
    }
  }

  private <T> T system(java.util.function.Supplier<T> work) {
    return org.camunda.bpm.engine.impl.context.Context.getCommandContext() != null ? Engine.asSystem(work)
        : Engine.asSystem(identityService, work);
  }
}
