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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.platform.process.BusinessRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.crmflow.testsupport.Verifies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** 计划与评审 (000 §2(2), §5; 002) without Spring: the plan, its risks, the reviews, the customer's confirmation. */
class PlanAndReviewTest {

  final ProjectRepository projectRepository = mock(ProjectRepository.class);
  final ProjectPlanRepository plans = savesWithIds(mock(ProjectPlanRepository.class));
  final PlanMilestoneRepository milestones = savesWithIds(mock(PlanMilestoneRepository.class));
  final PlanRiskRepository risks = savesWithIds(mock(PlanRiskRepository.class));
  final PlanReviewRepository reviews = savesWithIds(mock(PlanReviewRepository.class));
  final CustomerConfirmationRepository confirmations = savesWithIds(mock(CustomerConfirmationRepository.class));
  final PlanDeadlineEventRepository deadlineEvents = savesWithIds(mock(PlanDeadlineEventRepository.class));
  final RiskMatrix riskMatrix = mock(RiskMatrix.class);
  final GroupMembers groups = mock(GroupMembers.class);
  final PlanAndReview step = new PlanAndReview(
      new Projects(projectRepository, mock(ProjectTaskRepository.class), mock(CustomerOpinionRepository.class)),
      plans, milestones, risks, reviews, confirmations, deadlineEvents, riskMatrix, groups);

  @BeforeEach
  void clock() {
    StepFixtures.fixClock();
    when(riskMatrix.level("low", "low")).thenReturn("low");
    when(riskMatrix.level("high", "high")).thenReturn("high");
  }

  @AfterEach
  void resetClock() {
    StepFixtures.resetClock();
  }

  static PlanInput.RiskInput risk(String category, String level, String owner, String responsePlan) {
    return new PlanInput.RiskInput(category, "供应商延期交货", level, level, "reduce", owner, responsePlan);
  }

  static PlanInput plan(List<PlanInput.MilestoneInput> milestones, List<PlanInput.RiskInput> risks,
      List<String> reviewers) {
    return new PlanInput("热线上线", "分两期建设", "调研、建设、验收", "技术部 3 人", milestones, risks, reviewers,
        new java.math.BigDecimal("380000.00"));
  }

  static final List<PlanInput.MilestoneInput> MILESTONES =
      List.of(new PlanInput.MilestoneInput("完成调研", LocalDate.of(2026, 12, 15)));

  @Test
  @Verifies("P1.4")
  void aSubmittedPlanIsANewVersionInReviewWithItsMilestonesRisksAndReviewers() {
    Project p = project(1L, ProjectStatus.PLANNING, projectRepository);
    when(plans.findFirstByProjectIdOrderByVersionNoDesc(1L)).thenReturn(Optional.empty());

    ProjectPlan plan = step.submitPlan(1L, plan(MILESTONES, List.of(risk("market", "low", null, " ")),
        List.of("liuyang", "sunli", "liuyang")), "wangqiang");

    assertThat(plan.getVersionNo()).isEqualTo(1);
    assertThat(plan.getStatus()).isEqualTo("IN_REVIEW");
    assertThat(plan.getSubmittedBy()).isEqualTo("wangqiang");
    assertThat(plan.getSubmittedAt()).isEqualTo(NOW);
    assertThat(p.getStatus()).isEqualTo("REVIEW");
    assertThat(p.getBudget()).as("the archive's budget of the project").isEqualByComparingTo("380000");
    verify(milestones).save(any());
    ArgumentCaptor<PlanRisk> risk = ArgumentCaptor.forClass(PlanRisk.class);
    verify(risks).save(risk.capture());
    assertThat(risk.getValue().getLevel()).as("from the DMN risk matrix").isEqualTo("low");
    assertThat(risk.getValue().getResponsePlan()).as("blank is none").isNull();
    ArgumentCaptor<PlanReview> review = ArgumentCaptor.forClass(PlanReview.class);
    verify(reviews, times(2)).save(review.capture());
    assertThat(review.getAllValues()).extracting(PlanReview::getReviewer).containsExactly("liuyang", "sunli");
    assertThat(review.getAllValues()).extracting(PlanReview::getRole).containsOnly(PlanAndReview.DEPT_HEAD);
    verify(groups).require("sunli", "dept-head", "评审部门负责人");
  }

  @Test
  void aRevisedPlanSupersedesThePreviousVersion() {
    project(1L, ProjectStatus.REVIEW, projectRepository);
    ProjectPlan previous = withId(new ProjectPlan(), 10L);
    previous.setVersionNo(1);
    previous.setStatus("CHANGES_REQUESTED");
    when(plans.findFirstByProjectIdOrderByVersionNoDesc(1L)).thenReturn(Optional.of(previous));

    ProjectPlan plan = step.submitPlan(1L, plan(MILESTONES, List.of(), List.of("liuyang")), "wangqiang");
    assertThat(plan.getVersionNo()).isEqualTo(2);
    assertThat(previous.getStatus()).isEqualTo("SUPERSEDED");
  }

  @Test
  @Verifies("P1.4")
  void anIncompletePlanIsRefusedNamingTheFieldAndTheRow() {
    Project p = project(1L, ProjectStatus.PLANNING, projectRepository);
    refused(() -> step.submitPlan(1L, new PlanInput(" ", "分两期建设", "调研", "3 人", MILESTONES, List.of(),
        List.of("liuyang"), null), "wangqiang"), "objectives", "项目目标不能为空");
    refused(() -> step.submitPlan(1L, new PlanInput("热线上线", "分两期建设", "调研", "3 人", MILESTONES, List.of(),
        List.of("liuyang"), new java.math.BigDecimal("-1")), "wangqiang"), "budget", "项目预算（元）不能小于 0");
    refused(() -> step.submitPlan(1L, plan(List.of(new PlanInput.MilestoneInput("完成调研", null)), List.of(),
        List.of("liuyang")), "wangqiang"), "milestones", "时间节点第 1 行的完成日期不能为空");
    refused(() -> step.submitPlan(1L, plan(MILESTONES, List.of(risk("market", "low", null, null),
        risk("weather", "low", null, null)), List.of("liuyang")), "wangqiang"), "risks", "风险第 2 行的类别取值无效：weather");
    refused(() -> step.submitPlan(1L, plan(MILESTONES, List.of(), List.of()), "wangqiang"), "reviewers",
        "评审部门负责人不能为空");
    assertThat(p.getStatus()).isEqualTo("PLANNING");
    verify(plans, never()).save(any());
  }

  @Test
  @Verifies("P1.5")
  void aHighRiskNeedsAnOwnerAndAResponsePlan() {
    project(1L, ProjectStatus.PLANNING, projectRepository);
    assertThatThrownBy(() -> step.submitPlan(1L, plan(MILESTONES, List.of(risk("market", "high", "王强", null)),
        List.of("liuyang")), "wangqiang")).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("第 1 项风险「供应商延期交货」经风险矩阵评定为高风险，必须填写责任人和应对预案");
    verify(plans, never()).save(any());

    when(plans.findFirstByProjectIdOrderByVersionNoDesc(1L)).thenReturn(Optional.empty());
    step.submitPlan(1L, plan(MILESTONES, List.of(risk("market", "high", "王强", "每周跟踪")), List.of("liuyang")),
        "wangqiang");
    ArgumentCaptor<PlanRisk> risk = ArgumentCaptor.forClass(PlanRisk.class);
    verify(risks).save(risk.capture());
    assertThat(risk.getValue().getLevel()).isEqualTo("high");
    assertThat(risk.getValue().getOwner()).isEqualTo("王强");
  }

  @Test
  void reviewersMustBeDepartmentHeads() {
    project(1L, ProjectStatus.PLANNING, projectRepository);
    doThrow(new BusinessRuleException("评审部门负责人「zhaomin」不是「dept-head」组的成员")).when(groups)
        .require("zhaomin", "dept-head", "评审部门负责人");
    assertThatThrownBy(() -> step.submitPlan(1L, plan(MILESTONES, List.of(), List.of("zhaomin")), "wangqiang"))
        .hasMessageContaining("dept-head");
    verify(plans, never()).save(any());
  }

  ProjectPlan currentPlan() {
    ProjectPlan plan = withId(new ProjectPlan(), 10L);
    plan.setVersionNo(1);
    plan.setStatus("IN_REVIEW");
    when(plans.findFirstByProjectIdOrderByVersionNoDesc(1L)).thenReturn(Optional.of(plan));
    return plan;
  }

  PlanReview review(String reviewer, String role, Boolean approved) {
    PlanReview r = new PlanReview();
    r.setPlanId(10L);
    r.setReviewer(reviewer);
    r.setRole(role);
    r.setApproved(approved);
    return r;
  }

  @Test
  @Verifies("P1.6")
  void changesAskedForNeedACommentAndSendThePlanBack() {
    ProjectPlan plan = currentPlan();
    assertThatThrownBy(() -> step.recordReview(1L, "liuyang", PlanAndReview.DEPT_HEAD, new ReviewInput(false, " ")))
        .isInstanceOf(BusinessRuleException.class).hasMessage("提出修改意见时必须填写评审意见");
    verify(reviews, never()).save(any());

    PlanReview pending = review("liuyang", PlanAndReview.DEPT_HEAD, null);
    when(reviews.findByPlanIdAndReviewerAndRole(10L, "liuyang", PlanAndReview.DEPT_HEAD))
        .thenReturn(Optional.of(pending));
    PlanReview r = step.recordReview(1L, "liuyang", PlanAndReview.DEPT_HEAD, new ReviewInput(false, "预算不足"));
    assertThat(r).isSameAs(pending);
    assertThat(r.getApproved()).isFalse();
    assertThat(r.getComment()).isEqualTo("预算不足");
    assertThat(r.getReviewedAt()).isEqualTo(NOW);
    assertThat(plan.getStatus()).isEqualTo("CHANGES_REQUESTED");
  }

  @Test
  void theDivisionLeadersReviewIsANewRecordAndAnApprovalLeavesThePlanInReview() {
    ProjectPlan plan = currentPlan();
    when(reviews.findByPlanIdAndReviewerAndRole(10L, "zhougang", PlanAndReview.DIVISION_LEADER))
        .thenReturn(Optional.empty());
    PlanReview r = step.recordReview(1L, "zhougang", PlanAndReview.DIVISION_LEADER, new ReviewInput(true, null));
    assertThat(r.getRole()).isEqualTo(PlanAndReview.DIVISION_LEADER);
    assertThat(r.getPlanId()).isEqualTo(10L);
    assertThat(plan.getStatus()).isEqualTo("IN_REVIEW");
  }

  @Test
  @Verifies("P1.6")
  void departmentsHaveApprovedWhenEveryNamedHeadApproved() {
    currentPlan();
    List<PlanReview> all = new ArrayList<>(List.of(review("liuyang", PlanAndReview.DEPT_HEAD, true),
        review("sunli", PlanAndReview.DEPT_HEAD, null), review("zhougang", PlanAndReview.DIVISION_LEADER, false)));
    when(reviews.findByPlanIdOrderById(10L)).thenReturn(all);
    assertThat(step.departmentReviewers(1L)).containsExactly("liuyang", "sunli");
    assertThat(step.departmentsApproved(1L)).isFalse();
    all.get(1).setApproved(true);
    assertThat(step.departmentsApproved(1L)).isTrue();
    when(reviews.findByPlanIdOrderById(10L)).thenReturn(List.of());
    assertThat(step.departmentsApproved(1L)).as("no review is no approval").isFalse();
  }

  @Test
  void withoutAPlanThereIsNothingToReview() {
    when(plans.findFirstByProjectIdOrderByVersionNoDesc(1L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> step.currentPlan(1L)).hasMessage("项目尚未提交执行方案");
  }

  @Test
  void theApprovedPlanGoesToTheCustomerForConfirmation() {
    Project p = project(1L, ProjectStatus.REVIEW, projectRepository);
    ProjectPlan plan = currentPlan();
    step.approvePlan(1L);
    assertThat(plan.getStatus()).isEqualTo("APPROVED");
    assertThat(plan.getApprovedAt()).isEqualTo(NOW);
    assertThat(p.getStatus()).isEqualTo("CONFIRMATION");
  }

  @Test
  @Verifies("P1.7")
  void theCustomerConfirmsOrAsksForChangesWithANote() {
    Project p = project(1L, ProjectStatus.CONFIRMATION, projectRepository);
    ProjectPlan plan = currentPlan();
    refused(() -> step.recordCustomerConfirmation(1L, new ConfirmationInput("", true, null), "zhangwei"), "contact",
        "客户确认人不能为空");
    assertThatThrownBy(() -> step.recordCustomerConfirmation(1L, new ConfirmationInput("陈总", false, null),
        "zhangwei")).hasMessage("客户要求修改方案时，请填写客户的修改要求");
    verify(confirmations, never()).save(any());

    CustomerConfirmation c = step.recordCustomerConfirmation(1L, new ConfirmationInput("陈总", false, "增加周报"),
        "zhangwei");
    assertThat(c.getConfirmed()).isFalse();
    assertThat(c.getPlanId()).isEqualTo(10L);
    assertThat(plan.getStatus()).isEqualTo("CHANGES_REQUESTED");
    assertThat(p.getStatus()).as("back to planning").isEqualTo("PLANNING");
  }

  @Test
  void aConfirmedPlanLeavesTheProjectWhereItIs() {
    Project p = project(1L, ProjectStatus.CONFIRMATION, projectRepository);
    ProjectPlan plan = currentPlan();
    CustomerConfirmation c = step.recordCustomerConfirmation(1L, new ConfirmationInput("陈总", true, null), "zhangwei");
    assertThat(c.getConfirmed()).isTrue();
    assertThat(c.getContactName()).isEqualTo("陈总");
    assertThat(c.getRecordedAt()).isEqualTo(NOW);
    assertThat(plan.getStatus()).isEqualTo("IN_REVIEW");
    assertThat(p.getStatus()).isEqualTo("CONFIRMATION");
  }

  @Test
  void deadlineEventsAreRecordedForTheProject() {
    project(1L, ProjectStatus.PLANNING, projectRepository);
    PlanDeadlineEvent e = step.recordDeadlineEvent(1L, "REMINDER", "wangqiang", "首版方案将于明天到期");
    assertThat(e.getProjectId()).isEqualTo(1L);
    assertThat(e.getKind()).isEqualTo("REMINDER");
    assertThat(e.getRecipient()).isEqualTo("wangqiang");
    assertThat(e.getCreatedAt()).isEqualTo(NOW);
  }
}
