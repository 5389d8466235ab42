package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What a transaction remembers of the deadlines it opened, and when it forgets them. */
class OpenedInThisTransactionTest {

  @AfterEach
  void noTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(0));
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  static ComplaintDeadline deadline(long id, long complaintId, String kind, int round) {
    ComplaintDeadline d = new ComplaintDeadline();
    org.springframework.test.util.ReflectionTestUtils.setField(d, "id", id);
    d.setComplaintId(complaintId);
    d.setKind(kind);
    d.setRoundNo(round);
    return d;
  }

  @Test
  void outsideATransactionNothingIsRemembered() {
    OpenedInThisTransaction.remember(deadline(1, 7, ComplaintDeadline.INITIAL_RESPONSE, 1));
    assertThat(OpenedInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(OpenedInThisTransaction.byId(1L)).isNull();
  }

  @Test
  void theRoundOpenedLastPerComplaintAndKind() {
    TransactionSynchronizationManager.initSynchronization();
    ComplaintDeadline first = deadline(1, 7, ComplaintDeadline.INITIAL_RESPONSE, 1);
    ComplaintDeadline second = deadline(2, 7, ComplaintDeadline.INITIAL_RESPONSE, 2);
    ComplaintDeadline feedback = deadline(3, 7, ComplaintDeadline.RESULT_FEEDBACK, 1);
    OpenedInThisTransaction.remember(first);
    OpenedInThisTransaction.remember(second);
    OpenedInThisTransaction.remember(feedback);
    OpenedInThisTransaction.remember(deadline(4, 8, ComplaintDeadline.INITIAL_RESPONSE, 1));
    assertThat(OpenedInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isSameAs(second);
    assertThat(OpenedInThisTransaction.latest(7L, ComplaintDeadline.RESULT_FEEDBACK)).isSameAs(feedback);
    assertThat(OpenedInThisTransaction.latest(9L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(OpenedInThisTransaction.byId(1L)).isSameAs(first);
    assertThat(OpenedInThisTransaction.byId(3L)).isSameAs(feedback);
    assertThat(OpenedInThisTransaction.byId(99L)).isNull();
    assertThat(TransactionSynchronizationManager.getSynchronizations()).as("one per transaction").hasSize(1);
  }

  @Test
  void hiddenWhileSuspendedAndForgottenWhenTheTransactionEnds() {
    TransactionSynchronizationManager.initSynchronization();
    ComplaintDeadline d = deadline(1, 7, ComplaintDeadline.INITIAL_RESPONSE, 1);
    OpenedInThisTransaction.remember(d);
    TransactionSynchronization sync = TransactionSynchronizationManager.getSynchronizations().get(0);

    sync.suspend(); // a REQUIRES_NEW transaction starts: it sees none of the outer one's deadlines
    assertThat(OpenedInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(OpenedInThisTransaction.byId(1L)).isNull();
    sync.resume();
    assertThat(OpenedInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isSameAs(d);

    sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
    assertThat(OpenedInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(OpenedInThisTransaction.byId(1L)).isNull();
    assertThat(TransactionSynchronizationManager.getResource(OpenedInThisTransaction.class)).isNull();
  }
}
