package com.crmflow.project.domain;

import static com.crmflow.project.domain.Projects.blank;
import static com.crmflow.project.domain.Projects.now;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.validation.Inputs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 任务执行 (000 §2(3), §2(4).1, §2(5).1): the lead assigns the tasks of the approved plan, each executor completes
 * theirs or reports a problem the lead coordinates, the lead reports progress to the customer and checks the work
 * before acceptance, sending failing tasks back to their executors.
 */
@Service
@Transactional
public class TaskExecution {

  private static final String OPEN = "OPEN";

  private final Projects projects;
  private final ProjectTaskRepository tasks;
  private final TaskProblemRepository problems;
  private final SelfCheckRepository selfChecks;
  private final ProgressReportRepository progressReports;
  private final GroupMembers groups;
  private final ZoneId timeZone;

  public TaskExecution(Projects projects, ProjectTaskRepository tasks, TaskProblemRepository problems,
      SelfCheckRepository selfChecks, ProgressReportRepository progressReports, GroupMembers groups,
      ZoneId timeZone) {
    this.projects = projects;
    this.tasks = tasks;
    this.problems = problems;
    this.selfChecks = selfChecks;
    this.progressReports = progressReports;
    this.groups = groups;
    this.timeZone = timeZone;
  }

  private LocalDate today() {
    return now().atZone(timeZone).toLocalDate();
  }

  /** 000 §2(3).1: each task has an executor (member of executor), requirements, a due date and a quality standard. */
  public List<ProjectTask> assignTasks(Long projectId, TaskAssignment in) {
    Inputs.valid(in);
    List<ProjectTask> created = new ArrayList<>();
    int n = 1;
    for (TaskInput t : in.tasks()) {
      String name = "第 " + n + " 项任务";
      groups.require(t.executor(), "executor", name + "的执行人员");
      if (t.dueDate().isBefore(today())) {
        throw new BusinessRuleException(name + "「" + t.title() + "」的完成时间不能为空或早于今天");
      }
      ProjectTask task = new ProjectTask();
      task.setProjectId(projectId);
      task.setTitle(t.title());
      task.setExecutor(t.executor());
      task.setRequirements(t.requirements());
      task.setDueDate(t.dueDate());
      task.setQualityStandard(t.qualityStandard());
      task.setStatus(OPEN);
      task.setReworkCount(0);
      created.add(tasks.save(task));
      n++;
    }
    Projects.move(projects.project(projectId), ProjectStatus.EXECUTION);
    return created;
  }

  public List<ProjectTask> tasksOf(Long projectId) {
    return tasks.findByProjectIdOrderById(projectId);
  }

  /** Tasks still to be done: all of them at first, the reopened ones after a failed self-check. */
  public List<Long> openTaskIds(Long projectId) {
    return tasks.findByProjectIdAndStatusOrderById(projectId, OPEN).stream().map(ProjectTask::getId).toList();
  }

  public ProjectTask task(Long taskId) {
    return projects.task(taskId);
  }

  /**
   * 000 §2(3).2: an execution task is done only by its executor — the user the task was assigned to in the plan
   * (crm_project_task.executor). The Tasklist task must still be assigned to that executor, and whoever is logged
   * in when it is completed must be that executor; nobody completes it on the executor's behalf.
   */
  public void requireExecutor(ProjectTask t, String taskAssignee, String authenticatedUser) {
    if (!t.getExecutor().equals(taskAssignee)) {
      throw new BusinessRuleException("执行任务「" + t.getTitle() + "」的执行人员是 " + t.getExecutor()
          + "，此任务现由 " + (taskAssignee == null ? "（无人）" : taskAssignee) + " 办理，不能完成");
    }
    if (authenticatedUser != null && !t.getExecutor().equals(authenticatedUser)) {
      throw new BusinessRuleException("执行任务「" + t.getTitle() + "」只能由执行人员 " + t.getExecutor() + " 完成，"
          + authenticatedUser + " 不能代为完成");
    }
  }

  /** 000 §2(3).2: the executor completes the task or reports a problem to the lead. */
  public void workTask(Long taskId, WorkInput in, String user) {
    Inputs.valid(in);
    ProjectTask t = task(taskId);
    if (!OPEN.equals(t.getStatus())) {
      throw new BusinessRuleException("执行任务「" + t.getTitle() + "」已完成，不能再次办理");
    }
    if (in.problemReported()) {
      if (blank(in.problemDescription())) {
        throw new BusinessRuleException("问题或困难说明不能为空");
      }
      TaskProblem problem = new TaskProblem();
      problem.setProjectTaskId(taskId);
      problem.setDescription(in.problemDescription());
      problem.setReportedBy(user);
      problem.setReportedAt(now());
      problems.save(problem);
    } else {
      if (blank(in.result())) {
        throw new BusinessRuleException("完成情况不能为空");
      }
      t.setResult(in.result());
      t.setStatus("DONE");
      t.setCompletedAt(now());
    }
  }

  /** 000 §2(3).3: the lead records how the reported problem was solved; the task goes back to its executor. */
  public void coordinateProblem(Long taskId, CoordinationInput in, String user) {
    Inputs.valid(in);
    TaskProblem problem = problems.findFirstByProjectTaskIdAndResolvedAtIsNullOrderByIdDesc(taskId)
        .orElseThrow(() -> new BusinessRuleException("任务 " + taskId + " 没有待协调的问题"));
    problem.setResolution(in.resolution());
    problem.setResolvedBy(user);
    problem.setResolvedAt(now());
  }

  /** 000 §2(5).1: failing items go back to their executors. */
  public SelfCheck selfCheck(Long projectId, SelfCheckInput in, String user) {
    Inputs.valid(in);
    if (!in.passed()) {
      if (blank(in.findings())) {
        throw new BusinessRuleException("自查发现不能为空");
      }
      if (in.reworkTaskIds() == null || in.reworkTaskIds().isEmpty()) {
        throw new BusinessRuleException("自查不合格时，请选择需要返工的任务");
      }
      for (String id : in.reworkTaskIds()) {
        ProjectTask t = tasks.findById(parseId(id)).filter(x -> x.getProjectId().equals(projectId))
            .orElseThrow(() -> new BusinessRuleException("需返工的任务「" + id + "」不属于本项目"));
        t.setStatus(OPEN);
        t.setReworkCount(t.getReworkCount() + 1);
        t.setCompletedAt(null);
      }
    }
    SelfCheck check = new SelfCheck();
    check.setProjectId(projectId);
    check.setPassed(in.passed());
    check.setFindings(in.findings());
    check.setCheckedBy(user);
    check.setCheckedAt(now());
    return selfChecks.save(check);
  }

  /** 000 §2(4).1: the lead reports progress to the customer. */
  public ProgressReport reportProgress(Long projectId, ProgressInput in, String user) {
    Inputs.valid(in);
    ProgressReport r = new ProgressReport();
    r.setProjectId(projects.project(projectId).getId());
    r.setSummary(in.summary());
    r.setIssues(in.issues());
    r.setNextSteps(in.nextSteps());
    r.setReportedBy(user);
    r.setReportedAt(now());
    return progressReports.save(r);
  }

  private static Long parseId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("任务编号「" + id + "」无效");
    }
  }
}
