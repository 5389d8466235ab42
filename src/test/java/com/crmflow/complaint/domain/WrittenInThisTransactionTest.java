package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What a transaction remembers of the complaints, deadlines, journal lines and files it wrote, and when it forgets them. */
class WrittenInThisTransactionTest {

  @AfterEach
  void noTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(0));
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  static ComplaintDeadline deadline(long id, long complaintId, String kind, int round) {
    ComplaintDeadline d = withId(new ComplaintDeadline(), id);
    d.setComplaintId(complaintId);
    d.setKind(kind);
    d.setRoundNo(round);
    return d;
  }

  @Test
  void outsideATransactionNothingIsRemembered() {
    WrittenInThisTransaction.remember(deadline(1, 7, ComplaintDeadline.INITIAL_RESPONSE, 1));
    assertThat(WrittenInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(WrittenInThisTransaction.byId(1L)).isNull();
  }

  @Test
  void theRoundOpenedLastPerComplaintAndKind() {
    TransactionSynchronizationManager.initSynchronization();
    ComplaintDeadline first = deadline(1, 7, ComplaintDeadline.INITIAL_RESPONSE, 1);
    ComplaintDeadline second = deadline(2, 7, ComplaintDeadline.INITIAL_RESPONSE, 2);
    ComplaintDeadline feedback = deadline(3, 7, ComplaintDeadline.RESULT_FEEDBACK, 1);
    WrittenInThisTransaction.remember(first);
    WrittenInThisTransaction.remember(second);
    WrittenInThisTransaction.remember(feedback);
    WrittenInThisTransaction.remember(deadline(4, 8, ComplaintDeadline.INITIAL_RESPONSE, 1));
    assertThat(WrittenInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isSameAs(second);
    assertThat(WrittenInThisTransaction.latest(7L, ComplaintDeadline.RESULT_FEEDBACK)).isSameAs(feedback);
    assertThat(WrittenInThisTransaction.latest(9L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(WrittenInThisTransaction.byId(1L)).isSameAs(first);
    assertThat(WrittenInThisTransaction.byId(3L)).isSameAs(feedback);
    assertThat(WrittenInThisTransaction.byId(99L)).isNull();
    assertThat(TransactionSynchronizationManager.getSynchronizations()).as("one per transaction").hasSize(1);
  }

  @Test
  void hiddenWhileSuspendedAndForgottenWhenTheTransactionEnds() {
    TransactionSynchronizationManager.initSynchronization();
    ComplaintDeadline d = deadline(1, 7, ComplaintDeadline.INITIAL_RESPONSE, 1);
    WrittenInThisTransaction.remember(d);
    TransactionSynchronization sync = TransactionSynchronizationManager.getSynchronizations().get(0);

    sync.suspend(); // a REQUIRES_NEW transaction starts: it sees none of the outer one's deadlines
    assertThat(WrittenInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(WrittenInThisTransaction.byId(1L)).isNull();
    sync.resume();
    assertThat(WrittenInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isSameAs(d);

    sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
    assertThat(WrittenInThisTransaction.latest(7L, ComplaintDeadline.INITIAL_RESPONSE)).isNull();
    assertThat(WrittenInThisTransaction.byId(1L)).isNull();
    assertThat(TransactionSynchronizationManager.getResource(WrittenInThisTransaction.class)).isNull();
  }

  static <T> T withId(T entity, long id) {
    org.springframework.test.util.ReflectionTestUtils.setField(entity, "id", id);
    return entity;
  }

  static ComplaintEvent event(long id, long complaintId, String kind) {
    ComplaintEvent e = withId(new ComplaintEvent(), id);
    e.setComplaintId(complaintId);
    e.setKind(kind);
    return e;
  }

  static ComplaintAttachment file(long id, long complaintId, String name) {
    ComplaintAttachment a = withId(new ComplaintAttachment(), id);
    a.setComplaintId(complaintId);
    a.setFileName(name);
    a.setContentType("application/pdf");
    a.setSizeBytes(10);
    a.setContent(new byte[10]);
    return a;
  }

  @Test
  void theWholeListsOfAComplaintRecordedInThisTransactionOnly() {
    TransactionSynchronizationManager.initSynchronization();
    // complaint 7 existed before: what this transaction adds to it is only part of its lists — they stay unanswered
    WrittenInThisTransaction.journaled(event(1, 7, "ASSESSED"));
    WrittenInThisTransaction.remember(deadline(1, 7, ComplaintDeadline.RESULT_FEEDBACK, 1));
    assertThat(WrittenInThisTransaction.journalOf(7L)).isNull();
    assertThat(WrittenInThisTransaction.deadlinesOf(7L)).isNull();
    assertThat(WrittenInThisTransaction.attachmentsOf(7L)).isNull();

    Complaint recorded = withId(new Complaint(), 8);
    WrittenInThisTransaction.recorded(recorded);
    assertThat(WrittenInThisTransaction.journalOf(8L)).as("recorded, nothing written yet").isEmpty();
    assertThat(WrittenInThisTransaction.attachmentsOf(8L)).isEmpty();
    ComplaintAttachment pdf = file(5, 8, "发货单.pdf");
    WrittenInThisTransaction.attached(pdf);
    WrittenInThisTransaction.attached(file(6, 8, "聊天截图.png"));
    ComplaintDeadline response = deadline(2, 8, ComplaintDeadline.INITIAL_RESPONSE, 1);
    WrittenInThisTransaction.remember(response);
    ComplaintEvent received = event(2, 8, "RECEIVED");
    WrittenInThisTransaction.journaled(received);
    WrittenInThisTransaction.journaled(event(3, 9, "RECEIVED"));

    assertThat(WrittenInThisTransaction.deadlinesOf(8L)).containsExactly(response);
    assertThat(WrittenInThisTransaction.journalOf(8L)).containsExactly(received);
    assertThat(WrittenInThisTransaction.attachmentsOf(8L)).extracting(ComplaintAttachment.Listed::fileName)
        .containsExactly("发货单.pdf", "聊天截图.png");
    assertThat(WrittenInThisTransaction.attachmentsOf(8L).get(0))
        .isEqualTo(new ComplaintAttachment.Listed(5L, "发货单.pdf", "application/pdf", 10));
    assertThat(WrittenInThisTransaction.journalOf(9L)).as("not recorded here").isNull();
    assertThat(WrittenInThisTransaction.journalOf(7L)).isNull();

    TransactionSynchronization sync = TransactionSynchronizationManager.getSynchronizations().get(0);
    sync.suspend();
    assertThat(WrittenInThisTransaction.journalOf(8L)).as("hidden from a REQUIRES_NEW transaction").isNull();
    sync.resume();
    sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
    assertThat(WrittenInThisTransaction.deadlinesOf(8L)).isNull();
    assertThat(WrittenInThisTransaction.attachmentsOf(8L)).isNull();
  }

  @Test
  void aComplaintRecordedOutsideATransactionIsNotRemembered() {
    WrittenInThisTransaction.recorded(withId(new Complaint(), 8));
    WrittenInThisTransaction.journaled(event(2, 8, "RECEIVED"));
    assertThat(WrittenInThisTransaction.journalOf(8L)).isNull();
  }
}
