package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.complaint.domain.ComplaintHandling.Assessment;
import com.crmflow.complaint.domain.ComplaintHandling.InitialResponse;
import com.crmflow.complaint.domain.ComplaintHandling.Investigation;
import com.crmflow.complaint.domain.ComplaintHandling.Meeting;
import com.crmflow.complaint.domain.ComplaintHandling.Negotiation;
import com.crmflow.complaint.domain.ComplaintHandling.Progress;
import com.crmflow.complaint.domain.ComplaintHandling.Resolution;
import com.crmflow.platform.process.InvalidFieldException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** {@link ComplaintHandling} (SPEC P2.2–P2.6): assessment to execution, each refusal naming its field. */
class ComplaintHandlingTest {

  final ComplaintFakes fakes = new ComplaintFakes();
  final ComplaintTimeLimits limits = fakes.timeLimits(ComplaintFakes.defaults());
  final ComplaintHandling handling = new ComplaintHandling(fakes.complaints, limits);

  static void refused(ThrowingCallable step, String field, String message) {
    assertThatThrownBy(step).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(message);
    });
  }

  static Investigation investigation(String evidence, String person) {
    return new Investigation("查看通话记录", evidence, "service-process", "售后排班不足", "客服部", person);
  }

  @Test
  void theAssessmentPutsTheComplaintInProgressAndMayCorrectTheSeverity() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    handling.assess(c.getId(), new Assessment("delivery", "high", "影响生产"), "huangfang");
    assertThat(c.getStatus()).isEqualTo(Complaint.IN_PROGRESS);
    assertThat(c.getCategory()).isEqualTo("delivery");
    assertThat(c.getSeverity()).isEqualTo("high");
    assertThat(c.getAssessmentNote()).isEqualTo("影响生产");
    assertThat(fakes.lastEvent().getKind()).isEqualTo("ASSESSED");
    assertThat(fakes.lastEvent().getNote()).isEqualTo("类别：交付进度；严重程度：高；影响生产");
    assertThat(fakes.lastEvent().getActor()).isEqualTo("huangfang");
  }

  @Test
  void aBadAssessmentIsRefusedAndChangesNothing() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    refused(() -> handling.assess(c.getId(), new Assessment("weather", "high", "x"), "huangfang"), "category",
        "投诉类别取值无效：weather");
    refused(() -> handling.assess(c.getId(), new Assessment("delivery", null, "x"), "huangfang"), "severity",
        "严重程度不能为空");
    refused(() -> handling.assess(c.getId(), new Assessment("delivery", "low", "评".repeat(4001)), "huangfang"),
        "assessmentNote", "评估意见长度或个数必须在 0 到 4000 之间");
    assertThat(c.getStatus()).isEqualTo(Complaint.RECEIVED);
    assertThat(c.getSeverity()).isEqualTo("medium");
    assertThat(fakes.journal).isEmpty();
  }

  @Test
  void aClosedComplaintCannotBeAssessedAgain() {
    Complaint c = fakes.complaint(Complaint.CLOSED);
    assertThatThrownBy(() -> handling.assess(c.getId(), new Assessment("delivery", "high", "x"), "huangfang"))
        .hasMessageContaining("投诉状态不能从「已结案」变为「处理中」");
  }

  @Test
  void theInitialResponseKeepsTheResponseDeadline() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    ComplaintDeadline d = limits.openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, ComplaintFakes.NOW);
    refused(() -> handling.respondInitially(c.getId(), d.getId(), new InitialResponse("fax", "已致电"), "huangfang"),
        "responseWay", "响应方式取值无效：fax");
    refused(() -> handling.respondInitially(c.getId(), d.getId(), new InitialResponse("phone", " "), "huangfang"),
        "responseContent", "响应内容不能为空");
    assertThat(d.getCompletedAt()).isNull();

    handling.respondInitially(c.getId(), d.getId(), new InitialResponse("phone", "已致电客户"), "huangfang");
    assertThat(d.getMet()).isTrue();
    assertThat(fakes.lastEvent().getNote()).isEqualTo("（电话）已致电客户");
  }

  @Test
  void noInvestigationBeforeTheAssessment() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    assertThatThrownBy(() -> handling.investigate(c.getId(), investigation(null, null), "huangfang"))
        .hasMessageContaining("的状态为「已受理」，此步骤只能在「处理中」时办理");
    assertThat(c.getCause()).isNull();
  }

  @Test
  void theInvestigationRecordsCauseAndResponsibility() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    refused(() -> handling.investigate(c.getId(), new Investigation("经过", null, "bad-luck", "分析", "客服部", null),
        "huangfang"), "cause", "投诉原因取值无效：bad-luck");
    refused(() -> handling.investigate(c.getId(), new Investigation("经过", null, "other", "分析", "", null),
        "huangfang"), "responsibleDepartment", "责任部门不能为空");
    refused(() -> handling.investigate(c.getId(), investigation(null, "人".repeat(101)), "huangfang"),
        "responsiblePerson", "责任人长度或个数必须在 0 到 100 之间");

    handling.investigate(c.getId(), investigation("录音", "李娜"), "huangfang");
    assertThat(c.getCause()).isEqualTo("service-process");
    assertThat(c.getCauseDetail()).isEqualTo("售后排班不足");
    assertThat(c.getResponsibleDepartment()).isEqualTo("客服部");
    assertThat(c.getResponsiblePerson()).isEqualTo("李娜");
    assertThat(fakes.lastEvent().getNote())
        .isEqualTo("查看通话记录\n证据：录音\n原因：服务流程问题，售后排班不足\n责任：客服部 李娜");
  }

  @Test
  void meetingAndResolutionAreJournaled() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    refused(() -> handling.recordMeeting(c.getId(), new Meeting("人".repeat(201), "纪要"), "yangjun"),
        "meetingParticipants", "参会人员长度或个数必须在 0 到 200 之间");
    handling.recordMeeting(c.getId(), new Meeting("客服部、技术部", "增加排班"), "yangjun");
    refused(() -> handling.draftResolution(c.getId(), new Resolution(null, null), "yangjun"), "resolutionPlan",
        "解决方案不能为空");
    handling.draftResolution(c.getId(), new Resolution("上门检修", "免一个月服务费"), "yangjun");
    handling.draftResolution(c.getId(), new Resolution("远程检修", null), "yangjun");
    assertThat(fakes.journal).extracting(ComplaintEvent::getNote)
        .containsExactly("参会：客服部、技术部\n增加排班", "上门检修\n补偿：免一个月服务费", "远程检修");
  }

  @Test
  void aCustomerWhoDisagreesMustSayWhatTheyWant() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    refused(() -> handling.recordNegotiation(c.getId(), new Negotiation(false, " "), "huangfang"), "customerRequest",
        "客户不同意解决方案时，必须记录客户意见");
    handling.recordNegotiation(c.getId(), new Negotiation(false, "要求全额退款"), "huangfang");
    handling.recordNegotiation(c.getId(), new Negotiation(true, null), "huangfang");
    assertThat(fakes.kinds()).containsExactly("PLAN_REJECTED", "PLAN_AGREED");
    assertThat(fakes.journal).extracting(ComplaintEvent::getNote)
        .containsExactly("客户不同意解决方案：要求全额退款", "客户同意解决方案");
  }

  @Test
  void progressIsJournaledAndTheLastReportEndsHandling() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    refused(() -> handling.recordProgress(c.getId(), new Progress("", true, false), "zhaomin"), "progressNote",
        "本次进展不能为空");
    handling.recordProgress(c.getId(), new Progress("更换部件", false, false), "zhaomin");
    handling.recordProgress(c.getId(), new Progress("调试完成", true, true), "zhaomin");
    assertThat(fakes.kinds()).containsExactly("PROGRESS", "HANDLING_DONE");
    assertThat(fakes.journal).extracting(ComplaintEvent::getNote)
        .containsExactly("更换部件（尚未告知客户）", "调试完成（已告知客户）");
  }
}
