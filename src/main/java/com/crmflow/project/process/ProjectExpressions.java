package com.crmflow.project.process;

import com.crmflow.project.domain.PlanAndReview;
import com.crmflow.project.domain.ProjectTask;
import com.crmflow.project.domain.TaskExecution;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expressions the BPMN uses to ask the domain: {@code ${planReview.departmentReviewers(projectId)}},
 * {@code ${planReview.departmentsApproved(projectId)}}, {@code ${projectTasks.openTaskIds(projectId)}} …
 */
public final class ProjectExpressions {

  private ProjectExpressions() {}

  @Component("planReview")
  public static class PlanReview {

    private final PlanAndReview planning;

    public PlanReview(PlanAndReview planning) {
      this.planning = planning;
    }

    /** The department heads the lead named for the current plan version: one parallel review each. */
    public List<String> departmentReviewers(Long projectId) {
      return planning.departmentReviewers(projectId);
    }

    public boolean departmentsApproved(Long projectId) {
      return planning.departmentsApproved(projectId);
    }
  }

  @Component("projectTasks")
  public static class ProjectTasks {

    private final TaskExecution execution;
    private final java.time.ZoneId timeZone;

    public ProjectTasks(TaskExecution execution, java.time.ZoneId timeZone) {
      this.execution = execution;
      this.timeZone = timeZone;
    }

    /** Tasks still to be done: all of them at first, the reopened ones after a failed self-check. */
    public List<Long> openTaskIds(Long projectId) {
      return execution.openTaskIds(projectId);
    }

    public String executorOf(Long projectTaskId) {
      return execution.task(projectTaskId).getExecutor();
    }

    /** End of the due day (18:00 in the working calendar's time zone). */
    public Date dueDateOf(Long projectTaskId) {
      ProjectTask t = execution.task(projectTaskId);
      return Date.from(t.getDueDate().atTime(18, 0).atZone(timeZone).toInstant());
    }
  }
}
