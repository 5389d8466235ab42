package com.crmflow.project.process;

import com.crmflow.project.domain.ProjectService;
import com.crmflow.project.domain.ProjectTask;
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

    private final ProjectService projects;

    public PlanReview(ProjectService projects) {
      this.projects = projects;
    }

    /** The department heads the lead named for the current plan version: one parallel review each. */
    public List<String> departmentReviewers(Long projectId) {
      return projects.departmentReviewers(projectId);
    }

    public boolean departmentsApproved(Long projectId) {
      return projects.departmentsApproved(projectId);
    }
  }

  @Component("projectTasks")
  public static class ProjectTasks {

    private final ProjectService projects;
    private final java.time.ZoneId timeZone;

    public ProjectTasks(ProjectService projects, java.time.ZoneId timeZone) {
      this.projects = projects;
      this.timeZone = timeZone;
    }

    /** Tasks still to be done: all of them at first, the reopened ones after a failed self-check. */
    public List<Long> openTaskIds(Long projectId) {
      return projects.openTaskIds(projectId);
    }

    public String executorOf(Long projectTaskId) {
      return projects.task(projectTaskId).getExecutor();
    }

    /** End of the due day (18:00 in the working calendar's time zone). */
    public Date dueDateOf(Long projectTaskId) {
      ProjectTask t = projects.task(projectTaskId);
      return Date.from(t.getDueDate().atTime(18, 0).atZone(timeZone).toInstant());
    }
  }
}
