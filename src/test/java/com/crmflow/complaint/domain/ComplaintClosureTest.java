package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.complaint.domain.ComplaintClosure.CorrectiveAction;
import com.crmflow.complaint.domain.ComplaintClosure.Feedback;
import com.crmflow.complaint.domain.ComplaintClosure.RecurrenceCheck;
import com.crmflow.complaint.domain.ComplaintClosure.Supervision;
import com.crmflow.complaint.domain.ComplaintClosure.Survey;
import com.crmflow.complaint.domain.ComplaintClosure.Verdict;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** {@link ComplaintClosure} (SPEC P2.7–P2.9): feedback, verdict, corrective action, recurrence, closing, survey. */
class ComplaintClosureTest {

  final ComplaintFakes fakes = new ComplaintFakes();
  final ComplaintTimeLimits limits = fakes.timeLimits(ComplaintFakes.defaults());
  final ComplaintClosure closure = new ComplaintClosure(fakes.complaints, limits, fakes.actionRepository);

  static void refused(ThrowingCallable step, String field, String message) {
    assertThatThrownBy(step).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(message);
    });
  }

  static CorrectiveAction action(LocalDate due) {
    return new CorrectiveAction("增加排班", "热线占线自动转接", "杨军", due);
  }

  @Test
  void theFeedbackKeepsTheFeedbackDeadline() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    ComplaintDeadline d = limits.startFeedbackDeadline(c.getId());
    refused(() -> closure.feedBack(c.getId(), d.getId(), new Feedback("pigeon", "已解决"), "huangfang"),
        "feedbackWay", "反馈方式取值无效：pigeon");
    refused(() -> closure.feedBack(c.getId(), d.getId(), new Feedback("email", null), "huangfang"), "resultSummary",
        "处理结果说明不能为空");
    assertThat(d.getCompletedAt()).isNull();

    closure.feedBack(c.getId(), d.getId(), new Feedback("email", "已更换设备"), "huangfang");
    assertThat(d.getMet()).isTrue();
    assertThat(fakes.lastEvent().getNote()).isEqualTo("（电子邮件）已更换设备");
  }

  @Test
  void aScoreOutsideOneToFiveIsRefused() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    refused(() -> closure.recordVerdict(c.getId(), new Verdict(true, 7L, null), "huangfang"), "satisfactionScore",
        "满意度评分不能大于 5");
    refused(() -> closure.recordVerdict(c.getId(), new Verdict(true, 0L, null), "huangfang"), "satisfactionScore",
        "满意度评分不能小于 1");
    refused(() -> closure.recordVerdict(c.getId(), new Verdict(true, null, null), "huangfang"), "satisfactionScore",
        "满意度评分不能为空");
    assertThat(c.getSatisfied()).isNull();
  }

  @Test
  void anUnsatisfiedCustomerEscalatesTheCaseOneLevel() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    assertThat(closure.recordVerdict(c.getId(), new Verdict(false, 2L, "没解决"), "huangfang")).isEqualTo(1);
    assertThat(closure.recordVerdict(c.getId(), new Verdict(false, 1L, null), "huangfang")).isEqualTo(2);
    assertThat(c.getSatisfied()).isFalse();
    assertThat(c.getSatisfactionScore()).isEqualTo(1);
    assertThat(fakes.journal).extracting(ComplaintEvent::getNote)
        .containsExactly("评分 2：没解决；升级至第 1 级", "评分 1；升级至第 2 级");

    assertThat(closure.recordVerdict(c.getId(), new Verdict(true, 5L, "满意"), "huangfang")).isEqualTo(2);
    assertThat(c.getSatisfied()).isTrue();
    assertThat(fakes.lastEvent().getKind()).isEqualTo("CUSTOMER_SATISFIED");
  }

  @Test
  void theCorrectiveActionIsDueTodayOrLater() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    refused(() -> closure.defineAction(c.getId(), action(LocalDate.of(2026, 11, 23)), "yangjun"), "actionDueDate",
        "完成期限不能早于今天：2026-11-23");
    refused(() -> closure.defineAction(c.getId(), action(null), "yangjun"), "actionDueDate", "完成期限不能为空");
    refused(() -> closure.defineAction(c.getId(), new CorrectiveAction("纠正", " ", "杨军", LocalDate.of(2026, 12, 1)),
        "yangjun"), "preventiveAction", "预防措施不能为空");
    assertThat(fakes.actions).isEmpty();

    closure.defineAction(c.getId(), action(LocalDate.of(2026, 11, 24)), "yangjun");
    assertThat(fakes.actions).singleElement().satisfies(a -> {
      assertThat(a.getComplaintId()).isEqualTo(c.getId());
      assertThat(a.getCorrective()).isEqualTo("增加排班");
      assertThat(a.getPreventive()).isEqualTo("热线占线自动转接");
      assertThat(a.getOwner()).isEqualTo("杨军");
      assertThat(a.getDueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
      assertThat(a.getCreatedBy()).isEqualTo("yangjun");
    });
    assertThat(fakes.lastEvent().getKind()).isEqualTo("ACTION_DEFINED");
  }

  @Test
  void aRecurrenceReopensTheComplaint() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    c.setSatisfied(true);
    closure.defineAction(c.getId(), action(LocalDate.of(2026, 12, 31)), "yangjun");
    refused(() -> closure.checkRecurrence(c.getId(), new RecurrenceCheck(true, null), "yangjun"), "followUpNote",
        "跟踪检查情况不能为空");

    closure.checkRecurrence(c.getId(), new RecurrenceCheck(true, "再次占线"), "yangjun");
    assertThat(c.getReopenCount()).isEqualTo(1);
    assertThat(c.getSatisfied()).isNull();
    assertThat(c.getStatus()).isEqualTo(Complaint.IN_PROGRESS);
    assertThat(fakes.actions.get(0).getRecurred()).isTrue();
    assertThat(fakes.actions.get(0).getFollowUpNote()).isEqualTo("再次占线");
    assertThat(fakes.actions.get(0).getCheckedAt()).isEqualTo(ComplaintFakes.NOW);
    assertThat(fakes.lastEvent().getNote()).isEqualTo("问题再次发生，重新调查：再次占线");

    closure.checkRecurrence(c.getId(), new RecurrenceCheck(false, "未再发生"), "yangjun");
    assertThat(c.getReopenCount()).isEqualTo(1);
    assertThat(fakes.lastEvent().getKind()).isEqualTo("NOT_RECURRED");
  }

  @Test
  void onlyAComplaintInProgressIsClosed() {
    Complaint received = fakes.complaint(Complaint.RECEIVED);
    assertThatThrownBy(() -> closure.close(received.getId(), "huangfang"))
        .hasMessage("投诉状态不能从「已受理」变为「已结案」");
    assertThat(received.getClosedAt()).isNull();

    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    closure.close(c.getId(), "huangfang");
    assertThat(c.getStatus()).isEqualTo(Complaint.CLOSED);
    assertThat(c.getClosedAt()).isEqualTo(ComplaintFakes.NOW);
    assertThat(fakes.lastEvent().getKind()).isEqualTo("CLOSED");
  }

  @Test
  void theSurveyFollowsTheClosing() {
    Complaint open = fakes.complaint(Complaint.IN_PROGRESS);
    assertThatThrownBy(() -> closure.recordSurvey(open.getId(), new Survey("phone", 4L, null), "zhangwei"))
        .hasMessageContaining("此步骤只能在「已结案」时办理");

    Complaint c = fakes.complaint(Complaint.CLOSED);
    refused(() -> closure.recordSurvey(c.getId(), new Survey(" ", 4L, null), "zhangwei"), "surveyWay",
        "调查方式不能为空");
    refused(() -> closure.recordSurvey(c.getId(), new Survey("phone", 6L, null), "zhangwei"), "surveyScore",
        "满意度评分不能大于 5");
    closure.recordSurvey(c.getId(), new Survey("phone", 4L, "满意"), "zhangwei");
    assertThat(c.getSurveyScore()).isEqualTo(4);
    assertThat(fakes.lastEvent().getNote()).isEqualTo("满意度调查（phone）评分 4：满意");
  }

  @Test
  void theSupervisorAndTheMeasuresAreJournaled() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    refused(() -> closure.recordSupervision(c.getId(), 1, new Supervision(""), "yangjun"), "superviseMeasures",
        "督办措施不能为空");
    closure.recordSupervision(c.getId(), 1, new Supervision("今日内回复客户"), "yangjun");
    closure.recordSupervision(c.getId(), 2, new Supervision("总经理约谈"), "boss");
    assertThat(fakes.journal).extracting(ComplaintEvent::getNote)
        .containsExactly("客户服务经理督办：今日内回复客户", "高层管理团队督办：总经理约谈");
  }
}
