package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintIntake;
import com.crmflow.complaint.domain.ComplaintIntake.ComplaintInput;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.visit.domain.VisitInput.IssueInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

class VisitRecordingTest {

  final VisitFixture f = new VisitFixture();
  final Complaints complaints = mock(Complaints.class);
  final ComplaintIntake intake = mock(ComplaintIntake.class);
  final VisitRecording recording = new VisitRecording(f.visits, f.visitRepository, f.improvementRepository,
      f.settings, f.calendar, complaints, intake);
  Visit visit;

  @BeforeEach
  void setUp() {
    VisitFixture.at("2026-06-01T09:00"); // a Monday
    visit = f.visit(4L, 7L, Visit.DUE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1));
    when(f.improvementRepository.save(any())).thenAnswer(i -> i.getArgument(0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static VisitInput input(String way, LocalDate date, Long satisfaction, List<IssueInput> issues) {
    return new VisitInput(way, date, " 二期已上线 ", satisfaction, " ", "希望加快响应", issues != null, issues, false,
        null, null, null);
  }

  static VisitInput withComplaint(String content, String category, String severity) {
    return new VisitInput("on-site", LocalDate.of(2026, 6, 1), "二期已上线", 2L, null, null, false, null, true,
        content, category, severity);
  }

  private static void refused(ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(message);
    });
  }

  @Test
  void theRecordIsSavedAndEachIssueBecomesAnImprovementItemOfItsDepartment() {
    List<VisitImprovement> items = recording.record(4L, input("phone", LocalDate.of(2026, 5, 30), 4L,
        List.of(new IssueInput("技术部", " 接口文档不全 "), new IssueInput("财务部", "对账单格式"))), "lina");

    assertThat(visit.getStatus()).isEqualTo(Visit.DONE);
    assertThat(visit.getOpenCustomerId()).isNull();
    assertThat(visit.getVisitedBy()).isEqualTo("lina");
    assertThat(visit.getVisitDate()).isEqualTo(LocalDate.of(2026, 5, 30));
    assertThat(visit.getProjectProgress()).isEqualTo("二期已上线");
    assertThat(visit.getChangedNeeds()).isNull();
    assertThat(visit.getOpinions()).isEqualTo("希望加快响应");
    assertThat(visit.isComplaintRaised()).isFalse();
    verify(f.visitRepository).flush();
    assertThat(items).extracting(VisitImprovement::getDepartment).containsExactly("技术部", "财务部");
    assertThat(items).extracting(VisitImprovement::getCandidateGroup).containsExactly("dept-tech", "finance");
    assertThat(items).extracting(VisitImprovement::getIssue).containsExactly("接口文档不全", "对账单格式");
    assertThat(items).allSatisfy(i -> {
      assertThat(i.getStatus()).isEqualTo(VisitImprovement.OPEN);
      // 10 working days after Monday 1 June 2026, 09:00
      assertThat(i.getDueAt()).isEqualTo(LocalDateTime.parse("2026-06-15T09:00").atZone(VisitFixture.BEIJING).toInstant());
    });
    assertThat(f.lastNote()).isEqualTo("经电话回访（2026-05-30），满意度 4/5，提出问题 2 项");
  }

  @Test
  void theInputsRulesNameTheFieldInChinese() {
    refused(() -> recording.record(4L, input(null, LocalDate.of(2026, 6, 1), 3L, null), "lina"), "way", "回访方式不能为空");
    refused(() -> recording.record(4L, input("fax", LocalDate.of(2026, 6, 1), 3L, null), "lina"), "way",
        "回访方式取值无效：fax");
    refused(() -> recording.record(4L, input("phone", null, 3L, null), "lina"), "visitDate", "回访日期不能为空");
    refused(() -> recording.record(4L, input("phone", LocalDate.of(2026, 6, 1), 6L, null), "lina"), "satisfaction",
        "满意度不能大于 5");
    refused(() -> recording.record(4L, input("phone", LocalDate.of(2026, 6, 1), 0L, null), "lina"), "satisfaction",
        "满意度不能小于 1");
    refused(() -> recording.record(4L, new VisitInput("phone", LocalDate.of(2026, 6, 1), "x".repeat(4001), 3L, null,
        null, false, null, false, null, null, null), "lina"), "projectProgress", "项目进展长度或个数必须在 0 到 4000 之间");
    refused(() -> recording.record(4L, input("phone", LocalDate.of(2026, 6, 1), 3L,
        List.of(new IssueInput("技术部", " "))), "lina"), "issues", "问题第 1 行的问题描述不能为空");
    assertThat(visit.getStatus()).isEqualTo(Visit.DUE);
  }

  @Test
  void theDateMustLieBetweenTheCycleStartAndToday() {
    refused(() -> recording.record(4L, input("phone", LocalDate.of(2026, 6, 2), 3L, null), "lina"), "visitDate",
        "回访日期不能晚于今天：2026-06-02");
    refused(() -> recording.record(4L, input("phone", LocalDate.of(2026, 2, 28), 3L, null), "lina"), "visitDate",
        "回访日期早于本回访周期的开始日期 2026-03-01");
  }

  @Test
  void tickedIssuesNeedAtLeastOneAndAKnownDepartment() {
    refused(() -> recording.record(4L, input("phone", LocalDate.of(2026, 6, 1), 3L, List.of()), "lina"), "issues",
        "已勾选「客户提出问题」，请至少填写一项问题及责任部门");
    refused(() -> recording.record(4L, input("phone", LocalDate.of(2026, 6, 1), 3L,
        List.of(new IssueInput("宣传部", "资料过时"))), "lina"), "issues[0].department", "未知的责任部门：宣传部（可选：技术部、财务部）");
    verify(f.improvementRepository, never()).save(any());
  }

  @Test
  void issuesAndComplaintFieldsCountOnlyWhenTheirBoxIsTicked() {
    VisitInput in = new VisitInput("email", LocalDate.of(2026, 6, 1), "进展顺利", 5L, null, null, false,
        List.of(new IssueInput("", "")), false, "旧内容", "nonsense", "nonsense");
    assertThat(recording.record(4L, in, "lina")).isEmpty();
    assertThat(visit.getComplaintContent()).isNull();
  }

  @Test
  void aRaisedComplaintNeedsItsContentAndTheComplaintFeaturesCodes() {
    refused(() -> recording.record(4L, withComplaint(" ", "delivery", "high"), "lina"), "complaintContent",
        "必须填写投诉内容");
    refused(() -> recording.record(4L, withComplaint("延期交付", null, "high"), "lina"), "complaintCategory",
        "必须选择投诉类别");
    refused(() -> recording.record(4L, withComplaint("延期交付", "delivery", "extreme"), "lina"), "complaintSeverity",
        "严重程度「extreme」不在可选范围内");
    refused(() -> recording.record(4L, withComplaint("x".repeat(4001), "delivery", "high"), "lina"),
        "complaintContent", "投诉内容长度或个数必须在 0 到 4000 之间");

    recording.record(4L, withComplaint(" 延期交付 ", "delivery", "high"), "lina");
    assertThat(visit.isComplaintRaised()).isTrue();
    assertThat(visit.getComplaintContent()).isEqualTo("延期交付");
    assertThat(f.lastNote()).endsWith("，客户提出投诉");
  }

  @Test
  void onlyADueVisitCanBeRecorded() {
    visit.setStatus(Visit.PLANNED);
    assertThatThrownBy(() -> recording.record(4L, input("phone", LocalDate.of(2026, 6, 1), 3L, null), "lina"))
        .isInstanceOf(BusinessRuleException.class).hasMessage("回访 VIS000004 当前不可记录（待回访）");
  }

  @Test
  void aComplaintRaisedInTheVisitIsRegisteredOnce() {
    visit.setComplaintRaised(true);
    visit.setWay("on-site");
    visit.setVisitedBy("lina");
    visit.setComplaintContent("延期交付");
    visit.setComplaintCategory("delivery");
    visit.setComplaintSeverity("high");
    Complaint complaint = new Complaint();
    ReflectionTestUtils.setField(complaint, "id", 31L);
    ReflectionTestUtils.setField(complaint, "complaintNumber", "CMP000031");
    when(intake.register(any(), eq("lina"), isNull(), isNull())).thenReturn(complaint);

    assertThat(recording.registerComplaint(4L)).isSameAs(complaint);
    ArgumentCaptor<ComplaintInput> sent = ArgumentCaptor.forClass(ComplaintInput.class);
    verify(intake).register(sent.capture(), eq("lina"), isNull(), isNull());
    assertThat(sent.getValue().channel()).isEqualTo("in-person");
    assertThat(sent.getValue().contactPreference()).isEqualTo("visit");
    assertThat(sent.getValue().content()).isEqualTo("延期交付");
    assertThat(visit.getComplaintId()).isEqualTo(31L);
    assertThat(f.lastNote()).isEqualTo("客户在回访中提出投诉，已登记为 CMP000031 并转投诉处理流程");

    when(complaints.get(31L)).thenReturn(complaint);
    assertThat(recording.registerComplaint(4L)).isSameAs(complaint);
    assertThat(f.journal).hasSize(1);
  }

  @Test
  void withoutAComplaintNothingIsRegistered() {
    assertThatThrownBy(() -> recording.registerComplaint(4L)).hasMessage("回访 VIS000004 中客户未提出投诉");
    verify(intake, never()).register(any(), any(), any(), any());
  }
}
