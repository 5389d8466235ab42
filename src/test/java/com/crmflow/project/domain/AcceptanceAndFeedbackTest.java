package com.crmflow.project.domain;

import static com.crmflow.project.domain.StepFixtures.NOW;
import static com.crmflow.project.domain.StepFixtures.project;
import static com.crmflow.project.domain.StepFixtures.refused;
import static com.crmflow.project.domain.StepFixtures.savesWithIds;
import static com.crmflow.project.domain.StepFixtures.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import com.crmflow.testsupport.Verifies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 验收与反馈 (000 §2(4).2-3, §2(5).2-3; 002) without Spring: opinions, acceptance rounds, feedback. */
class AcceptanceAndFeedbackTest {

  final ProjectRepository projectRepository = mock(ProjectRepository.class);
  final CustomerOpinionRepository opinions = savesWithIds(mock(CustomerOpinionRepository.class));
  final AcceptanceRepository acceptances = savesWithIds(mock(AcceptanceRepository.class));
  final ProjectFeedbackRepository feedbacks = savesWithIds(mock(ProjectFeedbackRepository.class));
  final AcceptanceAndFeedback step = new AcceptanceAndFeedback(
      new Projects(projectRepository, mock(ProjectTaskRepository.class), opinions), opinions, acceptances, feedbacks);

  @BeforeEach
  void clock() {
    StepFixtures.fixClock();
  }

  @AfterEach
  void resetClock() {
    StepFixtures.resetClock();
  }

  @Test
  void aCustomerOpinionNeedsItsContentAndAKnownChannel() {
    Project p = project(1L, ProjectStatus.EXECUTION, projectRepository);
    refused(() -> step.receiveOpinion(p, new OpinionInput("希望增加周报", "fax")), "channel",
        "意见来源渠道取值无效：fax");
    refused(() -> step.receiveOpinion(p, new OpinionInput("意".repeat(4001), "phone")), "content",
        "意见内容长度或个数必须在 0 到 4000 之间");
    refused(() -> step.receiveOpinion(p, new OpinionInput(" ", null)), "content", "意见内容不能为空",
        "意见来源渠道不能为空");
    verify(opinions, never()).save(any());

    CustomerOpinion o = step.receiveOpinion(p, new OpinionInput("希望增加周报", "phone"));
    assertThat(o.getId()).isNotNull();
    assertThat(o.getProjectId()).isEqualTo(1L);
    assertThat(o.getChannel()).isEqualTo("phone");
    assertThat(o.getReceivedAt()).isEqualTo(NOW);
  }

  CustomerOpinion opinion() {
    CustomerOpinion o = withId(new CustomerOpinion(), 6L);
    o.setProjectId(1L);
    when(opinions.findById(6L)).thenReturn(Optional.of(o));
    return o;
  }

  @Test
  void theOpinionIsAnsweredAndResolvedJointlyWhenDepartmentsMustHelp() {
    CustomerOpinion o = opinion();
    refused(() -> step.answerOpinion(6L, new OpinionAnswer("", true), "wangqiang"), "answer", "处理及答复内容不能为空");
    assertThat(o.getAnsweredAt()).isNull();

    step.answerOpinion(6L, new OpinionAnswer("每周五发送周报", true), "wangqiang");
    assertThat(o.getAnswer()).isEqualTo("每周五发送周报");
    assertThat(o.getMultiDepartment()).isTrue();
    assertThat(o.getAnsweredBy()).isEqualTo("wangqiang");
    assertThat(o.getAnsweredAt()).isEqualTo(NOW);

    refused(() -> step.resolveOpinionJointly(6L, new JointResolutionInput(null)), "resolution",
        "联合解决方案及结果不能为空");
    step.resolveOpinionJointly(6L, new JointResolutionInput("技术部与客服部共同编写周报"));
    assertThat(o.getJointResolution()).isEqualTo("技术部与客服部共同编写周报");
  }

  @Test
  @Verifies("P1.11")
  void eachAcceptanceApplicationIsANewRoundAndMovesTheProjectToAcceptance() {
    Project p = project(1L, ProjectStatus.EXECUTION, projectRepository);
    refused(() -> step.applyForAcceptance(1L, new AcceptanceApplication(" ", null), "wangqiang"), "resultReport",
        "项目成果报告不能为空");
    assertThat(p.getStatus()).isEqualTo("EXECUTION");

    when(acceptances.findFirstByProjectIdOrderByRoundNoDesc(1L)).thenReturn(Optional.empty());
    Acceptance a = step.applyForAcceptance(1L, new AcceptanceApplication("成果报告", "清单"), "wangqiang");
    assertThat(a.getRoundNo()).isEqualTo(1);
    assertThat(a.getAppliedBy()).isEqualTo("wangqiang");
    assertThat(a.getAppliedAt()).isEqualTo(NOW);
    assertThat(p.getStatus()).isEqualTo("ACCEPTANCE");
  }

  Acceptance applied(Boolean passed) {
    Acceptance a = withId(new Acceptance(), 20L);
    a.setProjectId(1L);
    a.setRoundNo(1);
    a.setResultReport("成果报告");
    a.setAppliedBy("wangqiang");
    a.setPassed(passed);
    when(acceptances.findFirstByProjectIdOrderByRoundNoDesc(1L)).thenReturn(Optional.of(a));
    return a;
  }

  static AcceptanceDecision decision(String quality, boolean passed, String opinion, String signer) {
    return new AcceptanceDecision(quality, "pass", "pass", "pass", passed, opinion, signer);
  }

  @Test
  void theVerdictMustAgreeWithTheFourCriteriaAndNeedsASignerOrAnOpinion() {
    Acceptance a = applied(null);
    refused(() -> step.decideAcceptance(1L, decision("maybe", true, null, "陈总")), "quality",
        "成果质量取值无效：maybe");
    assertThatThrownBy(() -> step.decideAcceptance(1L, decision("fail", true, null, "陈总")))
        .hasMessage("质量、数量、交付时间、服务水平有不合格项时，验收结论不能为合格");
    assertThatThrownBy(() -> step.decideAcceptance(1L, decision("pass", true, null, " ")))
        .hasMessage("验收合格时，请填写《项目验收报告》签署人");
    assertThatThrownBy(() -> step.decideAcceptance(1L, decision("fail", false, null, null)))
        .hasMessage("验收不合格时，请填写客户意见，作为整改依据");
    assertThat(a.getPassed()).isNull();

    Acceptance decided = step.decideAcceptance(1L, decision("pass", true, null, "陈总"));
    assertThat(decided).isSameAs(a);
    assertThat(a.getPassed()).isTrue();
    assertThat(a.getSignerName()).isEqualTo("陈总");
    assertThat(a.getDecidedAt()).isEqualTo(NOW);
  }

  @Test
  void withoutAnApplicationThereIsNothingToDecide() {
    when(acceptances.findFirstByProjectIdOrderByRoundNoDesc(1L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> step.decideAcceptance(1L, decision("pass", true, null, "陈总")))
        .hasMessage("项目尚未提交验收申请");
  }

  @Test
  void aFailedAcceptanceIsRectifiedAndDecidedAgainInANewRound() {
    Acceptance first = applied(false);
    refused(() -> step.rectify(1L, new RectificationInput("")), "rectification", "整改措施及结果不能为空");
    step.rectify(1L, new RectificationInput("补充调试二号楼安防系统"));
    assertThat(first.getRectification()).isEqualTo("补充调试二号楼安防系统");
    assertThat(first.getRectifiedAt()).isEqualTo(NOW);

    Acceptance second = step.decideAcceptance(1L, decision("fail", false, "仍有缺陷", null));
    assertThat(second).isNotSameAs(first);
    assertThat(second.getRoundNo()).isEqualTo(2);
    assertThat(second.getResultReport()).isEqualTo("成果报告");
    assertThat(second.getPassed()).isFalse();
    assertThat(second.getSignerName()).isNull();
    assertThat(first.getPassed()).as("the first round keeps its verdict").isFalse();
  }

  @Test
  void rectificationNeedsAnAcceptance() {
    when(acceptances.findFirstByProjectIdOrderByRoundNoDesc(1L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> step.rectify(1L, new RectificationInput("整改"))).hasMessage("项目尚无验收记录");
  }

  @Test
  @Verifies("P1.13")
  void onlyAPassedAcceptanceIsArchivedInTheCustomersHistory() {
    Project p = project(1L, ProjectStatus.ACCEPTANCE, projectRepository);
    applied(false);
    assertThatThrownBy(() -> step.archiveAcceptance(1L)).hasMessage("项目 PRJ-2026-1 尚未验收合格");
    assertThat(p.getStatus()).isEqualTo("ACCEPTANCE");

    Acceptance a = applied(true);
    a.setDecidedAt(NOW);
    step.archiveAcceptance(1L);
    assertThat(p.getStatus()).isEqualTo("ACCEPTED");
    assertThat(p.getAcceptedAt()).isEqualTo(NOW);
  }

  @Test
  @Verifies("P1.12")
  void feedbackNeedsASatisfactionFromOneToFiveAndCompletesTheProject() {
    Project p = project(1L, ProjectStatus.ACCEPTED, projectRepository);
    refused(() -> step.recordFeedback(1L, new FeedbackInput("6", "满意", "继续保持"), "zhangwei", null),
        "satisfaction", "客户满意度取值无效：6");
    refused(() -> step.recordFeedback(1L, new FeedbackInput("5", "满意", " "), "zhangwei", null), "measures",
        "改进措施不能为空");
    verify(feedbacks, never()).save(any());
    assertThat(p.getStatus()).isEqualTo("ACCEPTED");

    Instant due = Instant.parse("2026-12-07T10:00:00Z");
    ProjectFeedback f = step.recordFeedback(1L, new FeedbackInput("4", "满意", "缩短响应时间"), "zhangwei", due);
    assertThat(f.getSatisfaction()).isEqualTo(4);
    assertThat(f.getImprovementMeasures()).isEqualTo("缩短响应时间");
    assertThat(f.getAnsweredBy()).isEqualTo("zhangwei");
    assertThat(f.getDueAt()).isEqualTo(due);
    assertThat(p.getStatus()).isEqualTo("COMPLETED");
  }
}
