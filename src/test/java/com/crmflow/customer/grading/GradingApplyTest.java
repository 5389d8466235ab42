package com.crmflow.customer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerOwnership;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.OwnerChange;
import com.crmflow.customer.domain.OwnerChangeRepository;
import com.crmflow.customer.owner.OwnerAssignment;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 客户交接 and the reason of an owner change after regrading, without Spring. (Applying the confirmed grades is a
 * JDBC batch over the run's results, covered by CustomerGradingProcessTest.)
 */
class GradingApplyTest {

  static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

  OwnerChangeRepository ownerChanges = mock(OwnerChangeRepository.class);
  GradingApply apply = new GradingApply(mock(JdbcTemplate.class), mock(GradingRunRepository.class),
      mock(CustomerRepository.class), ownerChanges, mock(OwnerAssignment.class), mock(CustomerGrades.class),
      mock(CustomerOwnership.class));
  OwnerChange change = new OwnerChange(7L, "songyu", "lina", "B", "等级调整", "wuxia", NOW.minusSeconds(60));

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    change.handoverInRun(3L, 1);
    when(ownerChanges.findByRunIdAndHandoverSeq(3L, 1)).thenReturn(Optional.of(change));
    when(ownerChanges.findByRunIdAndHandoverSeq(3L, 2)).thenReturn(Optional.empty());
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void theNewOwnerConfirmsTheHandoverWithANote() {
    apply.completeHandover(3L, 1, new HandoverConfirmation("已与客户见面"), "lina");
    assertThat(change.getHandoverCompletedBy()).isEqualTo("lina");
    assertThat(change.getHandoverCompletedAt()).isEqualTo(NOW);
    assertThat(change.getHandoverNote()).isEqualTo("已与客户见面");
    verify(ownerChanges).save(change);
  }

  @Test
  void aNoteLongerThan2000CharactersIsRefusedNamingTheField() {
    assertThatThrownBy(() -> apply.completeHandover(3L, 1, new HandoverConfirmation("交".repeat(2001)), "lina"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("handoverNote");
          assertThat(e.getMessage()).contains("交接说明长度或个数必须在 0 到 2000 之间");
        });
    verify(ownerChanges, never()).save(any());
    assertThat(change.getHandoverCompletedAt()).isNull();
  }

  @Test
  void aHandoverThatIsNotInTheRunIsABug() {
    assertThatThrownBy(() -> apply.handover(3L, 2)).isInstanceOf(IllegalStateException.class)
        .hasMessage("No handover 2 in grading run 3");
  }

  @Test
  void theReasonOfAnOwnerChangeNamesTheGradesTheRunAndThePreviousOwner() {
    assertThat(GradingApply.handoverReason("C", "B", "GRD-2026-0001", "songyu"))
        .isEqualTo("客户等级由C 一般客户调整为B 核心客户（分级批次 GRD-2026-0001），原责任人 songyu 不在该等级的责任人范围内");
    assertThat(GradingApply.handoverReason(null, "A", "GRD-2026-0001", null)).endsWith("原无责任人");
  }
}
