package com.crmflow.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allowed moves of a project's status (no Spring): the regulation's order, with its two loops back. */
class ProjectStatusTest {

  @Test
  void theRegularPathIsAllowedStepByStep() {
    List<ProjectStatus> path = List.of(ProjectStatus.REQUIREMENT, ProjectStatus.PLANNING, ProjectStatus.REVIEW,
        ProjectStatus.CONFIRMATION, ProjectStatus.EXECUTION, ProjectStatus.ACCEPTANCE, ProjectStatus.ACCEPTED,
        ProjectStatus.COMPLETED);
    for (int i = 0; i + 1 < path.size(); i++) {
      assertThat(path.get(i).moveTo(path.get(i + 1))).isEqualTo(path.get(i + 1));
    }
  }

  @Test
  void aRevisedPlanIsReviewedAgainAndARejectedPlanGoesBackToPlanning() {
    assertThat(ProjectStatus.REVIEW.moveTo(ProjectStatus.REVIEW)).isEqualTo(ProjectStatus.REVIEW);
    assertThat(ProjectStatus.CONFIRMATION.moveTo(ProjectStatus.PLANNING)).isEqualTo(ProjectStatus.PLANNING);
  }

  @Test
  void skippingStepsIsRefusedNamingBothStatuses() {
    assertThatThrownBy(() -> ProjectStatus.REQUIREMENT.moveTo(ProjectStatus.EXECUTION))
        .isInstanceOf(BusinessRuleException.class).hasMessage("项目状态不能从「需求沟通」变为「任务执行」");
    assertThatThrownBy(() -> ProjectStatus.EXECUTION.moveTo(ProjectStatus.COMPLETED))
        .hasMessage("项目状态不能从「任务执行」变为「已完成」");
    assertThatThrownBy(() -> ProjectStatus.REVIEW.moveTo(ProjectStatus.EXECUTION))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void aCompletedProjectMovesNowhere() {
    assertThat(ProjectStatus.COMPLETED.next()).isEmpty();
    assertThatThrownBy(() -> ProjectStatus.of("ARCHIVED")).isInstanceOf(BusinessRuleException.class);
  }
}
