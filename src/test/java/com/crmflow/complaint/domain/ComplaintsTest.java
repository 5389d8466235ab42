package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** {@link Complaints}: binding a complaint to its one process instance, status moves, the journal. */
class ComplaintsTest {

  final ComplaintFakes fakes = new ComplaintFakes();
  final Complaints complaints = fakes.complaints;

  @Test
  void aReceivedComplaintIsBoundOnceToItsInstance() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    c.setProcessInstanceId(null);
    complaints.attachProcess(c.getId(), "pi-7");
    assertThat(c.getProcessInstanceId()).isEqualTo("pi-7");
    complaints.attachProcess(c.getId(), "pi-7"); // the same instance again: no harm

    assertThatThrownBy(() -> complaints.attachProcess(c.getId(), "pi-8")).isInstanceOf(BusinessRuleException.class)
        .hasMessage("投诉 " + c.getComplaintNumber() + " 已由另一个流程实例办理，不能再次发起处理");
    assertThat(c.getProcessInstanceId()).isEqualTo("pi-7");
  }

  @Test
  void onlyAReceivedComplaintCanBeBound() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    c.setProcessInstanceId(null);
    assertThatThrownBy(() -> complaints.attachProcess(c.getId(), "pi-7"))
        .hasMessageContaining("的状态为「处理中」，只有「已受理」的投诉可以发起处理");
    assertThat(c.getProcessInstanceId()).isNull();
  }

  @Test
  void aStepWorksOnlyOnTheComplaintBoundToItsInstance() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    assertThat(complaints.boundTo(c.getId(), "pi-1")).isSameAs(c);
    assertThatThrownBy(() -> complaints.boundTo(c.getId(), "pi-2"))
        .hasMessage("投诉 " + c.getComplaintNumber() + " 属于另一个流程实例，本流程实例不能修改它");
    c.setProcessInstanceId(null);
    assertThatThrownBy(() -> complaints.boundTo(c.getId(), "pi-1")).hasMessageContaining("尚未由任何流程实例办理");
    assertThatThrownBy(() -> complaints.boundTo(null, "pi-1")).hasMessage("流程缺少投诉编号（complaintId）");
    assertThatThrownBy(() -> complaints.boundTo(999L, "pi-1")).hasMessage("投诉不存在：999");
  }

  @Test
  void aStepThatNeedsAnAssessedComplaintRefusesAReceivedOne() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    assertThatThrownBy(() -> complaints.inProgress(c.getId()))
        .hasMessage("投诉 " + c.getComplaintNumber() + " 的状态为「已受理」，此步骤只能在「处理中」时办理");
    Complaints.move(c, ComplaintStatus.IN_PROGRESS);
    assertThat(complaints.inProgress(c.getId())).isSameAs(c);
  }

  @Test
  void aReceivedComplaintCannotJumpToClosed() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    assertThatThrownBy(() -> Complaints.move(c, ComplaintStatus.CLOSED))
        .hasMessageContaining("投诉状态不能从「已受理」变为「已结案」");
    assertThat(c.getStatus()).isEqualTo(Complaint.RECEIVED);
  }

  @Test
  void theJournalKeepsWhoDidWhatWhenAndCutsAVeryLongNote() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    complaints.journal(c, "MEETING", "甲".repeat(9000), "huangfang");
    ComplaintEvent e = fakes.lastEvent();
    assertThat(e.getComplaintId()).isEqualTo(c.getId());
    assertThat(e.getKind()).isEqualTo("MEETING");
    assertThat(e.getNote()).hasSize(8000);
    assertThat(e.getActor()).isEqualTo("huangfang");
    assertThat(e.getCreatedAt()).isEqualTo(ComplaintFakes.NOW);
    assertThat(complaints.journalOf(c.getId())).containsExactly(e);
  }

  @Test
  void timesAreShownInBeijingTime() {
    assertThat(complaints.shown(ComplaintFakes.NOW)).isEqualTo("2026-11-24 10:00");
    assertThat(complaints.shown(null)).isEqualTo("—");
    assertThat(complaints.today()).hasToString("2026-11-24");
  }
}
