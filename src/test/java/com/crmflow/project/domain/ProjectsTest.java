package com.crmflow.project.domain;

import static com.crmflow.project.domain.StepFixtures.project;
import static com.crmflow.project.domain.StepFixtures.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.platform.process.BusinessRuleException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lookups and process bindings every project step shares (no Spring, repositories mocked). */
class ProjectsTest {

  final ProjectRepository projectRepository = mock(ProjectRepository.class);
  final ProjectTaskRepository tasks = mock(ProjectTaskRepository.class);
  final CustomerOpinionRepository opinions = mock(CustomerOpinionRepository.class);
  final Projects projects = new Projects(projectRepository, tasks, opinions);

  @Test
  void anUnknownProjectTaskOrOpinionIsNamedInTheRefusal() {
    when(projectRepository.findById(9L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> projects.project(9L)).isInstanceOf(BusinessRuleException.class)
        .hasMessage("找不到项目 9");
    assertThatThrownBy(() -> projects.task(8L)).hasMessage("找不到执行任务 8");
    assertThatThrownBy(() -> projects.opinion(7L)).hasMessage("找不到客户意见 7");
  }

  @Test
  void aProjectIsBoundToItsProcessInstanceOnceAndNeverToAnother() {
    Project p = project(1L, ProjectStatus.REQUIREMENT, projectRepository);
    p.setProcessInstanceId(null);
    projects.attachProcess(1L, "pi-a");
    assertThat(p.getProcessInstanceId()).isEqualTo("pi-a");
    projects.attachProcess(1L, "pi-a");
    assertThatThrownBy(() -> projects.attachProcess(1L, "pi-b")).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("PRJ-2026-1").hasMessageContaining("已由另一个流程实例办理");
    assertThat(p.getProcessInstanceId()).isEqualTo("pi-a");
  }

  @Test
  void aStepOnlyWorksOnTheProjectOfItsOwnProcessInstance() {
    Project p = project(1L, ProjectStatus.PLANNING, projectRepository);
    assertThat(projects.boundTo(1L, "pi-1")).isSameAs(p);
    assertThatThrownBy(() -> projects.boundTo(1L, "pi-2")).hasMessageContaining("属于另一个流程实例")
        .hasMessageContaining("本流程实例不能修改它");
    assertThatThrownBy(() -> projects.boundTo(null, "pi-1")).hasMessageContaining("流程缺少项目编号");
    p.setProcessInstanceId(null);
    assertThatThrownBy(() -> projects.boundTo(1L, "pi-1")).hasMessageContaining("尚未由任何流程实例办理");
  }

  @Test
  void tasksAndOpinionsAreBoundThroughTheirProject() {
    project(1L, ProjectStatus.EXECUTION, projectRepository);
    ProjectTask t = withId(new ProjectTask(), 5L);
    t.setProjectId(1L);
    when(tasks.findById(5L)).thenReturn(Optional.of(t));
    CustomerOpinion o = withId(new CustomerOpinion(), 6L);
    o.setProjectId(1L);
    when(opinions.findById(6L)).thenReturn(Optional.of(o));

    assertThat(projects.boundTask(5L, "pi-1")).isSameAs(t);
    assertThat(projects.boundOpinion(6L, "pi-1")).isSameAs(o);
    assertThatThrownBy(() -> projects.boundTask(5L, "pi-9")).hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> projects.boundOpinion(6L, "pi-9")).hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> projects.boundTask(null, "pi-1")).hasMessageContaining("projectTaskId");
    assertThatThrownBy(() -> projects.boundOpinion(null, "pi-1")).hasMessageContaining("opinionId");
  }

  @Test
  void openProjectsAreThoseNotYetCompleted() {
    when(projectRepository.countByCustomerIdAndStatusNot(3L, "COMPLETED")).thenReturn(2L);
    assertThat(projects.openProjectsOf(3L)).isEqualTo(2L);
  }

  @Test
  void aStatusMoveTheRegulationDoesNotAllowIsRefused() {
    Project p = project(1L, ProjectStatus.REQUIREMENT, projectRepository);
    assertThatThrownBy(() -> Projects.move(p, ProjectStatus.EXECUTION)).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("项目状态不能从");
    assertThat(p.getStatus()).isEqualTo("REQUIREMENT");
    Projects.move(p, ProjectStatus.PLANNING);
    assertThat(p.getStatus()).isEqualTo("PLANNING");
  }
}
