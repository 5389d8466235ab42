package com.crmflow.project.domain;

import com.crmflow.platform.process.BusinessRuleException;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of the customer-project process (000 §2; SPEC P1) shares: finding a project, its execution tasks
 * and customer opinions, binding a project to the process instance that runs it and refusing records of another
 * instance, and the allowed status changes ({@link ProjectStatus}). Every violation is a
 * {@link BusinessRuleException} with a Chinese message, and rolls the whole step back.
 */
@Service
@Transactional
public class Projects {

  private final ProjectRepository projects;
  private final ProjectTaskRepository tasks;
  private final CustomerOpinionRepository opinions;

  public Projects(ProjectRepository projects, ProjectTaskRepository tasks, CustomerOpinionRepository opinions) {
    this.projects = projects;
    this.tasks = tasks;
    this.opinions = opinions;
  }

  /** The engine's clock, so process tests that move it move the records' times too. */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Moves the project's status, refused unless {@link ProjectStatus} allows the change. */
  static void move(Project p, ProjectStatus target) {
    p.setStatus(ProjectStatus.of(p.getStatus()).moveTo(target).name());
  }

  public Project project(Long projectId) {
    return projects.findById(projectId).orElseThrow(() -> new BusinessRuleException("找不到项目 " + projectId));
  }

  public ProjectTask task(Long taskId) {
    return tasks.findById(taskId).orElseThrow(() -> new BusinessRuleException("找不到执行任务 " + taskId));
  }

  public CustomerOpinion opinion(Long opinionId) {
    return opinions.findById(opinionId).orElseThrow(() -> new BusinessRuleException("找不到客户意见 " + opinionId));
  }

  /** Projects of the customer not yet completed. */
  public long openProjectsOf(Long customerId) {
    return projects.countByCustomerIdAndStatusNot(customerId, ProjectStatus.COMPLETED.name());
  }

  /** Binds the project to the process instance that runs it, once; a project of another instance is refused. */
  public void attachProcess(Long projectId, String processInstanceId) {
    Project p = project(projectId);
    if (p.getProcessInstanceId() != null && !p.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("项目 " + p.getProjectNumber() + " 已由另一个流程实例办理");
    }
    p.setProcessInstanceId(processInstanceId);
  }

  /**
   * The project a process step works on, checked against the step's process instance: a project bound to
   * another instance (or to none) is refused, whatever id the process variables hold.
   */
  public Project boundTo(Long projectId, String processInstanceId) {
    if (projectId == null) {
      throw new BusinessRuleException("流程缺少项目编号（projectId）");
    }
    Project p = project(projectId);
    if (p.getProcessInstanceId() == null || !p.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("项目 " + p.getProjectNumber()
          + (p.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例不能修改它");
    }
    return p;
  }

  /** An execution task of the project bound to this process instance (see {@link #boundTo}). */
  public ProjectTask boundTask(Long taskId, String processInstanceId) {
    if (taskId == null) {
      throw new BusinessRuleException("流程缺少执行任务编号（projectTaskId）");
    }
    ProjectTask t = task(taskId);
    boundTo(t.getProjectId(), processInstanceId);
    return t;
  }

  /** A customer opinion of the project bound to this process instance (see {@link #boundTo}). */
  public CustomerOpinion boundOpinion(Long opinionId, String processInstanceId) {
    if (opinionId == null) {
      throw new BusinessRuleException("流程缺少客户意见编号（opinionId）");
    }
    CustomerOpinion o = opinion(opinionId);
    boundTo(o.getProjectId(), processInstanceId);
    return o;
  }
}
