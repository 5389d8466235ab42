package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The allowed moves of a complaint's status (no Spring): forward one step at a time, closed is final. */
class ComplaintStatusTest {

  @Test
  void aComplaintMovesFromReceivedToInProgressToClosed() {
    assertThat(ComplaintStatus.RECEIVED.moveTo(ComplaintStatus.IN_PROGRESS)).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(ComplaintStatus.IN_PROGRESS.moveTo(ComplaintStatus.CLOSED)).isEqualTo(ComplaintStatus.CLOSED);
  }

  @Test
  void closingStraightFromReceivedIsRefusedNamingBothStatuses() {
    assertThatThrownBy(() -> ComplaintStatus.RECEIVED.moveTo(ComplaintStatus.CLOSED))
        .isInstanceOf(BusinessRuleException.class).hasMessage("投诉状态不能从「已受理」变为「已结案」");
  }

  @Test
  void aClosedComplaintStaysClosedAndNothingMovesBackwards() {
    for (ComplaintStatus target : ComplaintStatus.values()) {
      assertThat(ComplaintStatus.CLOSED.canMoveTo(target)).as("CLOSED → " + target).isFalse();
    }
    assertThat(ComplaintStatus.IN_PROGRESS.canMoveTo(ComplaintStatus.RECEIVED)).isFalse();
    assertThat(ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.RECEIVED)).isFalse();
    assertThatThrownBy(() -> ComplaintStatus.CLOSED.moveTo(ComplaintStatus.IN_PROGRESS))
        .hasMessageContaining("已结案").hasMessageContaining("处理中");
  }

  @Test
  void anUnknownStoredCodeIsARuleViolationNotADefault() {
    assertThat(ComplaintStatus.of("IN_PROGRESS")).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThatThrownBy(() -> ComplaintStatus.of("REOPENED")).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("REOPENED");
  }
}
