package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ComplaintTimeLimits} (SPEC P2.3, P2.7): the deadlines' times, whether they were kept, the escalation. */
class ComplaintTimeLimitsTest {

  final ComplaintFakes fakes = new ComplaintFakes();
  final ComplaintTimeLimits limits = fakes.timeLimits(ComplaintFakes.defaults());

  static Instant beijing(int month, int day, int hour) {
    return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, ComplaintFakes.BEIJING).toInstant();
  }

  @Test
  void theInitialResponseIsDueIn24HoursWithTheWarningAt75PercentAndTheSecondLevelAsLongAgainLater() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    ComplaintDeadline d = limits.openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, ComplaintFakes.NOW);
    assertThat(d.getComplaintId()).isEqualTo(c.getId());
    assertThat(d.getRoundNo()).isEqualTo(1);
    assertThat(d.getStartedAt()).isEqualTo(ComplaintFakes.NOW);
    assertThat(d.getDueAt()).isEqualTo(ComplaintFakes.NOW.plus(Duration.ofHours(24)));
    assertThat(d.getWarnAt()).isEqualTo(ComplaintFakes.NOW.plus(Duration.ofHours(18)));
    assertThat(d.getEscalateAt()).isEqualTo(ComplaintFakes.NOW.plus(Duration.ofHours(48)));
    assertThat(d.getBreachLevel()).isZero();
  }

  @Test
  void aHighSeverityComplaintHasTwoHoursAndTheResultFeedback48() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    c.setSeverity("high");
    assertThat(limits.openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, ComplaintFakes.NOW).getDueAt())
        .isEqualTo(ComplaintFakes.NOW.plus(Duration.ofHours(2)));
    ComplaintDeadline feedback = limits.startFeedbackDeadline(c.getId());
    assertThat(feedback.getKind()).isEqualTo(ComplaintDeadline.RESULT_FEEDBACK);
    assertThat(feedback.getDueAt()).isEqualTo(ComplaintFakes.NOW.plus(Duration.ofHours(48)));
  }

  @Test
  void theFeedbackDeadlineNeedsAComplaintInProgress() {
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    assertThatThrownBy(() -> limits.startFeedbackDeadline(c.getId())).hasMessageContaining("只能在「处理中」时办理");
    assertThat(fakes.deadlines).isEmpty();
  }

  @Test
  void eachNewDeadlineOfAKindIsTheNextRound() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    limits.startFeedbackDeadline(c.getId());
    ComplaintDeadline second = limits.startFeedbackDeadline(c.getId());
    assertThat(second.getRoundNo()).isEqualTo(2);
    assertThat(limits.latestDeadline(c.getId(), ComplaintDeadline.RESULT_FEEDBACK)).isSameAs(second);
    assertThat(limits.deadlinesOf(c.getId())).hasSize(2);
  }

  @Test
  void inWorkingTimeTheClockStopsOverWeekendsAndHolidays() {
    ComplaintSettings working = new ComplaintSettings(
        new ComplaintSettings.Deadline(null, null, true), null, 0.75, 1.0, "P30D");
    ComplaintTimeLimits inWorkingTime = fakes.timeLimits(working);
    Complaint c = fakes.complaint(Complaint.RECEIVED);
    ComplaintDeadline friday = inWorkingTime.openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, beijing(11, 27, 18));
    assertThat(friday.getDueAt()).isEqualTo(beijing(11, 30, 18));
    assertThat(friday.getWarnAt()).as("18 h: 6 h on Friday, 12 h on Monday").isEqualTo(beijing(11, 30, 12));
    ComplaintDeadline holiday = inWorkingTime.openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, beijing(9, 30, 20));
    assertThat(holiday.getDueAt()).as("1, 2 and 5 October are holidays here").isEqualTo(beijing(10, 6, 20));
  }

  @Test
  void aDeadlineDoneBeforeItsDueTimeIsMetAndOnlyTheFirstCompletionCounts() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    ComplaintDeadline d = limits.openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, ComplaintFakes.NOW);
    limits.completeDeadline(c.getId(), d.getId());
    assertThat(d.getMet()).isTrue();
    assertThat(d.getCompletedAt()).isEqualTo(ComplaintFakes.NOW);

    ComplaintDeadline late = limits.openDeadline(c, ComplaintDeadline.RESULT_FEEDBACK,
        ComplaintFakes.NOW.minus(Duration.ofHours(49)));
    limits.completeDeadline(c.getId(), late.getId());
    assertThat(late.getMet()).isFalse();
  }

  @Test
  void aDeadlineOfAnotherComplaintIsRefused() {
    Complaint mine = fakes.complaint(Complaint.IN_PROGRESS);
    Complaint other = fakes.complaint(Complaint.IN_PROGRESS);
    ComplaintDeadline d = limits.openDeadline(other, ComplaintDeadline.INITIAL_RESPONSE, ComplaintFakes.NOW);
    assertThatThrownBy(() -> limits.completeDeadline(mine.getId(), d.getId()))
        .hasMessage("时限记录 " + d.getId() + " 不属于投诉 " + mine.getComplaintNumber());
    assertThat(d.getCompletedAt()).isNull();
    assertThatThrownBy(() -> limits.deadline(4711L)).hasMessage("时限记录不存在：4711");
  }

  @Test
  void warningAndBreachAreRecordedAndTheBreachJournaledWithTheEscalationLevel() {
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    ComplaintDeadline d = limits.openDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, ComplaintFakes.NOW);
    limits.recordWarning(d.getId());
    assertThat(d.getWarnedAt()).isEqualTo(ComplaintFakes.NOW);

    limits.recordBreach(d.getId(), 2);
    limits.recordBreach(d.getId(), 1);
    assertThat(d.getBreachLevel()).as("never lowered").isEqualTo(2);
    assertThat(fakes.journal).extracting(ComplaintEvent::getNote).containsExactly(
        "首次响应时限已超时（2026-11-25 10:00 到期），升级至高层管理团队",
        "首次响应时限已超时（2026-11-25 10:00 到期），升级至客户服务经理");
  }

  @Test
  void theMailPlaceholdersNameTheComplaintAndTheDeadline() {
    fakes.customer(1L, "华东建设集团");
    Complaint c = fakes.complaint(Complaint.IN_PROGRESS);
    ComplaintDeadline d = limits.openDeadline(c, ComplaintDeadline.RESULT_FEEDBACK, ComplaintFakes.NOW);
    Map<String, Object> p = limits.params(c, d);
    assertThat(p).containsEntry("complaintNumber", c.getComplaintNumber()).containsEntry("customerName", "华东建设集团")
        .containsEntry("category", "服务态度").containsEntry("severity", "中")
        .containsEntry("deadlineName", "结果反馈时限").containsEntry("dueAt", "2026-11-26 10:00");
    assertThat(limits.params(c, null)).doesNotContainKey("deadlineName");
  }
}
