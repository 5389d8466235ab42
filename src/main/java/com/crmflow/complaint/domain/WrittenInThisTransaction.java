package com.crmflow.complaint.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction wrote of complaints, so that the steps that follow in the same transaction need not
 * ask the database for it: the deadlines it opened (by id, and the one opened last per complaint and kind), and for
 * a complaint <em>recorded</em> in this transaction its whole deadline list, journal and files — every row of those
 * was written by this transaction (the complaint did not exist before it), so the lists are complete. The intake
 * records a complaint and starts its process in one transaction; the first task's header needs all three.
 *
 * <p>Bound to the transaction like Spring's own resource holders: gone when it ends (commit or rollback), hidden
 * while it is suspended for a {@code REQUIRES_NEW} one. Outside a transaction nothing is remembered. The entities
 * kept are the managed objects of the transaction's persistence context, so later changes to them are seen.
 */
final class WrittenInThisTransaction implements TransactionSynchronization {

  private static final Object KEY = WrittenInThisTransaction.class;

  private final Map<String, ComplaintDeadline> latest = new HashMap<>();
  private final Map<Long, ComplaintDeadline> byId = new HashMap<>();
  private final Map<Long, Recorded> recorded = new HashMap<>();

  /** What was written of a complaint recorded in this transaction, in the order written (= id order). */
  private static final class Recorded {
    final List<ComplaintDeadline> deadlines = new ArrayList<>();
    final List<ComplaintEvent> journal = new ArrayList<>();
    final List<ComplaintAttachment.Listed> files = new ArrayList<>();
  }

  private WrittenInThisTransaction() {}

  private static WrittenInThisTransaction current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    return (WrittenInThisTransaction) TransactionSynchronizationManager.getResource(KEY);
  }

  private static WrittenInThisTransaction currentOrNew() {
    WrittenInThisTransaction written = current();
    if (written == null && TransactionSynchronizationManager.isSynchronizationActive()) {
      written = new WrittenInThisTransaction();
      TransactionSynchronizationManager.bindResource(KEY, written);
      TransactionSynchronizationManager.registerSynchronization(written);
    }
    return written;
  }

  /** A complaint was inserted (it has its id): its deadlines, journal and files are remembered from now on. */
  static void recorded(Complaint c) {
    WrittenInThisTransaction written = c.getId() == null ? null : currentOrNew();
    if (written != null) {
      written.recorded.putIfAbsent(c.getId(), new Recorded());
    }
  }

  static void remember(ComplaintDeadline d) {
    WrittenInThisTransaction written = d.getId() == null ? null : currentOrNew();
    if (written == null) {
      return;
    }
    written.latest.put(key(d.getComplaintId(), d.getKind()), d);
    written.byId.put(d.getId(), d);
    Recorded r = written.recorded.get(d.getComplaintId());
    if (r != null) {
      r.deadlines.add(d);
    }
  }

  static void journaled(ComplaintEvent e) {
    Recorded r = recordedHere(e.getComplaintId());
    if (r != null && e.getId() != null) {
      r.journal.add(e);
    }
  }

  static void attached(ComplaintAttachment a) {
    Recorded r = recordedHere(a.getComplaintId());
    if (r != null && a.getId() != null) {
      r.files.add(new ComplaintAttachment.Listed(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes()));
    }
  }

  private static Recorded recordedHere(Long complaintId) {
    WrittenInThisTransaction written = current();
    return written == null ? null : written.recorded.get(complaintId);
  }

  /** The deadline of that id if it was opened in this transaction, or null. */
  static ComplaintDeadline byId(Long id) {
    WrittenInThisTransaction written = current();
    return written == null ? null : written.byId.get(id);
  }

  /** The deadline of this kind opened last in this transaction, or null. */
  static ComplaintDeadline latest(Long complaintId, String kind) {
    WrittenInThisTransaction written = current();
    return written == null ? null : written.latest.get(key(complaintId, kind));
  }

  /** All deadlines of a complaint recorded in this transaction, in id order; null for any other complaint. */
  static List<ComplaintDeadline> deadlinesOf(Long complaintId) {
    Recorded r = recordedHere(complaintId);
    return r == null ? null : List.copyOf(r.deadlines);
  }

  /** The whole journal of a complaint recorded in this transaction, in id order; null for any other complaint. */
  static List<ComplaintEvent> journalOf(Long complaintId) {
    Recorded r = recordedHere(complaintId);
    return r == null ? null : List.copyOf(r.journal);
  }

  /** The files of a complaint recorded in this transaction, in id order; null for any other complaint. */
  static List<ComplaintAttachment.Listed> attachmentsOf(Long complaintId) {
    Recorded r = recordedHere(complaintId);
    return r == null ? null : List.copyOf(r.files);
  }

  private static String key(Long complaintId, String kind) {
    return complaintId + "/" + kind;
  }

  @Override
  public void suspend() {
    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
  }

  @Override
  public void resume() {
    TransactionSynchronizationManager.bindResource(KEY, this);
  }

  @Override
  public void afterCompletion(int status) {
    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
  }
}
