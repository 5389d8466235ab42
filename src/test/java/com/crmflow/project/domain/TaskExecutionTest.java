package com.crmflow.project.domain;

import static com.crmflow.project.domain.StepFixtures.NOW;
import static com.crmflow.project.domain.StepFixtures.project;
import static com.crmflow.project.domain.StepFixtures.refused;
import static com.crmflow.project.domain.StepFixtures.savesWithIds;
import static com.crmflow.project.domain.StepFixtures.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.platform.process.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import com.crmflow.testsupport.Verifies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** 任务执行 (000 §2(3), §2(4).1, §2(5).1) without Spring: tasks, their work, problems, progress, the self-check. */
class TaskExecutionTest {

  /** NOW is 2026-11-30 in Beijing. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  final ProjectRepository projectRepository = mock(ProjectRepository.class);
  final ProjectTaskRepository tasks = savesWithIds(mock(ProjectTaskRepository.class));
  final TaskProblemRepository problems = savesWithIds(mock(TaskProblemRepository.class));
  final SelfCheckRepository selfChecks = savesWithIds(mock(SelfCheckRepository.class));
  final ProgressReportRepository progressReports = savesWithIds(mock(ProgressReportRepository.class));
  final GroupMembers groups = mock(GroupMembers.class);
  final TaskExecution step = new TaskExecution(
      new Projects(projectRepository, tasks, mock(CustomerOpinionRepository.class)),
      tasks, problems, selfChecks, progressReports, groups, StepFixtures.BEIJING);

  @BeforeEach
  void clock() {
    StepFixtures.fixClock();
  }

  @AfterEach
  void resetClock() {
    StepFixtures.resetClock();
  }

  static TaskInput task(String title, String executor, LocalDate due) {
    return new TaskInput(title, executor, "走访客户现场", due, "形成调研报告");
  }

  ProjectTask existing(long id, long projectId, String status) {
    ProjectTask t = withId(new ProjectTask(), id);
    t.setProjectId(projectId);
    t.setTitle("现场调研");
    t.setExecutor("zhaomin");
    t.setStatus(status);
    t.setReworkCount(0);
    when(tasks.findById(id)).thenReturn(Optional.of(t));
    return t;
  }

  @Test
  @Verifies("P1.8")
  void assignedTasksAreOpenWithTheirExecutorsAndTheProjectIsInExecution() {
    Project p = project(1L, ProjectStatus.CONFIRMATION, projectRepository);
    List<ProjectTask> created = step.assignTasks(1L, new TaskAssignment(List.of(task("现场调研", "zhaomin", TODAY),
        task("系统部署", "sunli", TODAY.plusDays(10)))));
    assertThat(created).extracting(ProjectTask::getExecutor).containsExactly("zhaomin", "sunli");
    assertThat(created).allSatisfy(t -> {
      assertThat(t.getStatus()).isEqualTo("OPEN");
      assertThat(t.getReworkCount()).isZero();
      assertThat(t.getProjectId()).isEqualTo(1L);
    });
    verify(groups).require("zhaomin", "executor", "第 1 项任务的执行人员");
    verify(groups).require("sunli", "executor", "第 2 项任务的执行人员");
    assertThat(p.getStatus()).isEqualTo("EXECUTION");
  }

  @Test
  @Verifies("P1.8")
  void noTasksOrAnIncompleteRowIsRefused() {
    Project p = project(1L, ProjectStatus.CONFIRMATION, projectRepository);
    refused(() -> step.assignTasks(1L, new TaskAssignment(List.of())), "tasks", "执行任务不能为空");
    refused(() -> step.assignTasks(1L, new TaskAssignment(List.of(task("现场调研", "zhaomin", TODAY),
        new TaskInput("系统部署", "sunli", "部署", null, " ")))), "tasks",
        "执行任务第 2 行的完成时间不能为空", "执行任务第 2 行的质量标准不能为空");
    assertThat(p.getStatus()).isEqualTo("CONFIRMATION");
    verify(tasks, never()).save(any());
  }

  @Test
  void aTaskDueBeforeTodayOrForSomebodyWhoIsNoExecutorIsRefused() {
    project(1L, ProjectStatus.CONFIRMATION, projectRepository);
    assertThatThrownBy(() -> step.assignTasks(1L, new TaskAssignment(List.of(task("现场调研", "zhaomin",
        TODAY.minusDays(1)))))).isInstanceOf(BusinessRuleException.class)
        .hasMessage("第 1 项任务「现场调研」的完成时间不能为空或早于今天");
    doThrow(new BusinessRuleException("第 1 项任务的执行人员「lina」不是「executor」组的成员")).when(groups)
        .require("lina", "executor", "第 1 项任务的执行人员");
    assertThatThrownBy(() -> step.assignTasks(1L, new TaskAssignment(List.of(task("现场调研", "lina", TODAY)))))
        .hasMessageContaining("executor");
    verify(tasks, never()).save(any());
  }

  @Test
  @Verifies("P1.8")
  void onlyTheExecutorCompletesTheirTask() {
    ProjectTask t = existing(5L, 1L, "OPEN");
    assertThatThrownBy(() -> step.requireExecutor(t, "wangqiang", "wangqiang"))
        .hasMessageContaining("执行人员是 zhaomin").hasMessageContaining("此任务现由 wangqiang 办理");
    assertThatThrownBy(() -> step.requireExecutor(t, null, null)).hasMessageContaining("（无人）");
    assertThatThrownBy(() -> step.requireExecutor(t, "zhaomin", "wangqiang"))
        .hasMessageContaining("只能由执行人员 zhaomin 完成").hasMessageContaining("wangqiang 不能代为完成");
    step.requireExecutor(t, "zhaomin", "zhaomin");
    step.requireExecutor(t, "zhaomin", null);
  }

  @Test
  void theExecutorCompletesTheTaskWithItsResult() {
    ProjectTask t = existing(5L, 1L, "OPEN");
    assertThatThrownBy(() -> step.workTask(5L, new WorkInput(false, null, " "), "zhaomin"))
        .hasMessage("完成情况不能为空");
    assertThat(t.getStatus()).isEqualTo("OPEN");

    step.workTask(5L, new WorkInput(false, null, "已完成调研"), "zhaomin");
    assertThat(t.getStatus()).isEqualTo("DONE");
    assertThat(t.getResult()).isEqualTo("已完成调研");
    assertThat(t.getCompletedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> step.workTask(5L, new WorkInput(false, null, "再次完成"), "zhaomin"))
        .hasMessage("执行任务「现场调研」已完成，不能再次办理");
  }

  @Test
  void aReportedProblemIsRecordedForTheLeadAndTheTaskStaysOpen() {
    ProjectTask t = existing(5L, 1L, "OPEN");
    assertThatThrownBy(() -> step.workTask(5L, new WorkInput(true, "", null), "zhaomin"))
        .hasMessage("问题或困难说明不能为空");
    verify(problems, never()).save(any());

    step.workTask(5L, new WorkInput(true, "客户现场无法进入", null), "zhaomin");
    ArgumentCaptor<TaskProblem> problem = ArgumentCaptor.forClass(TaskProblem.class);
    verify(problems).save(problem.capture());
    assertThat(problem.getValue().getDescription()).isEqualTo("客户现场无法进入");
    assertThat(problem.getValue().getProjectTaskId()).isEqualTo(5L);
    assertThat(problem.getValue().getReportedBy()).isEqualTo("zhaomin");
    assertThat(t.getStatus()).isEqualTo("OPEN");
  }

  @Test
  void theLeadResolvesTheOpenProblem() {
    refused(() -> step.coordinateProblem(5L, new CoordinationInput(" "), "wangqiang"), "resolution",
        "协调处理结果不能为空");
    when(problems.findFirstByProjectTaskIdAndResolvedAtIsNullOrderByIdDesc(5L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> step.coordinateProblem(5L, new CoordinationInput("已协调"), "wangqiang"))
        .hasMessage("任务 5 没有待协调的问题");

    TaskProblem open = new TaskProblem();
    when(problems.findFirstByProjectTaskIdAndResolvedAtIsNullOrderByIdDesc(5L)).thenReturn(Optional.of(open));
    step.coordinateProblem(5L, new CoordinationInput("已与客户协调，下周一进场"), "wangqiang");
    assertThat(open.getResolution()).isEqualTo("已与客户协调，下周一进场");
    assertThat(open.getResolvedBy()).isEqualTo("wangqiang");
    assertThat(open.getResolvedAt()).isEqualTo(NOW);
  }

  @Test
  @Verifies("P1.10")
  void aFailedSelfCheckNamesFindingsAndSendsTasksOfThisProjectBack() {
    ProjectTask done = existing(5L, 1L, "DONE");
    existing(6L, 2L, "DONE");
    assertThatThrownBy(() -> step.selfCheck(1L, new SelfCheckInput(false, null, List.of("5")), "wangqiang"))
        .hasMessage("自查发现不能为空");
    assertThatThrownBy(() -> step.selfCheck(1L, new SelfCheckInput(false, "报告缺章节", List.of()), "wangqiang"))
        .hasMessage("自查不合格时，请选择需要返工的任务");
    assertThatThrownBy(() -> step.selfCheck(1L, new SelfCheckInput(false, "报告缺章节", List.of("6")), "wangqiang"))
        .hasMessage("需返工的任务「6」不属于本项目");
    assertThatThrownBy(() -> step.selfCheck(1L, new SelfCheckInput(false, "报告缺章节", List.of("abc")), "wangqiang"))
        .hasMessage("任务编号「abc」无效");
    verify(selfChecks, never()).save(any());

    SelfCheck check = step.selfCheck(1L, new SelfCheckInput(false, "报告缺章节", List.of("5")), "wangqiang");
    assertThat(check.getPassed()).isFalse();
    assertThat(check.getFindings()).isEqualTo("报告缺章节");
    assertThat(done.getStatus()).isEqualTo("OPEN");
    assertThat(done.getReworkCount()).isEqualTo(1);
    assertThat(done.getCompletedAt()).isNull();
  }

  @Test
  void aPassedSelfCheckIsRecorded() {
    SelfCheck check = step.selfCheck(1L, new SelfCheckInput(true, null, null), "wangqiang");
    assertThat(check.getPassed()).isTrue();
    assertThat(check.getCheckedBy()).isEqualTo("wangqiang");
    assertThat(check.getCheckedAt()).isEqualTo(NOW);
  }

  @Test
  void openTasksAreThoseStillToBeDone() {
    ProjectTask a = withId(new ProjectTask(), 5L);
    ProjectTask b = withId(new ProjectTask(), 7L);
    when(tasks.findByProjectIdAndStatusOrderById(1L, "OPEN")).thenReturn(List.of(a, b));
    assertThat(step.openTaskIds(1L)).containsExactly(5L, 7L);
  }

  @Test
  @Verifies("P1.9")
  void progressNeedsASummary() {
    project(1L, ProjectStatus.EXECUTION, projectRepository);
    refused(() -> step.reportProgress(1L, new ProgressInput("", "无", null), "wangqiang"), "summary", "工作进展不能为空");
    verify(progressReports, never()).save(any());
    ProgressReport r = step.reportProgress(1L, new ProgressInput("调研完成", "无", "开始部署"), "wangqiang");
    assertThat(r.getProjectId()).isEqualTo(1L);
    assertThat(r.getSummary()).isEqualTo("调研完成");
    assertThat(r.getNextSteps()).isEqualTo("开始部署");
    assertThat(r.getReportedAt()).isEqualTo(NOW);
  }
}
