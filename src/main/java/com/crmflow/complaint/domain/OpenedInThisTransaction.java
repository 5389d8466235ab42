package com.crmflow.complaint.domain;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The deadlines opened in the current transaction, by complaint and kind (the one opened last is the latest round).
 * Bound to the transaction like Spring's own resource holders: gone when it ends (commit or rollback), hidden while
 * it is suspended for a {@code REQUIRES_NEW} one. Outside a transaction nothing is remembered.
 */
final class OpenedInThisTransaction implements TransactionSynchronization {

  private static final Object KEY = OpenedInThisTransaction.class;

  private final Map<String, ComplaintDeadline> latest = new HashMap<>();
  private final Map<Long, ComplaintDeadline> byId = new HashMap<>();

  private OpenedInThisTransaction() {}

  static void remember(ComplaintDeadline d) {
    if (!TransactionSynchronizationManager.isSynchronizationActive() || d.getId() == null) {
      return;
    }
    OpenedInThisTransaction opened = (OpenedInThisTransaction) TransactionSynchronizationManager.getResource(KEY);
    if (opened == null) {
      opened = new OpenedInThisTransaction();
      TransactionSynchronizationManager.bindResource(KEY, opened);
      TransactionSynchronizationManager.registerSynchronization(opened);
    }
    opened.latest.put(key(d.getComplaintId(), d.getKind()), d);
    opened.byId.put(d.getId(), d);
  }

  /** The deadline of that id if it was opened in this transaction, or null. */
  static ComplaintDeadline byId(Long id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    OpenedInThisTransaction opened = (OpenedInThisTransaction) TransactionSynchronizationManager.getResource(KEY);
    return opened == null ? null : opened.byId.get(id);
  }

  /** The deadline of this kind opened last in this transaction, or null. */
  static ComplaintDeadline latest(Long complaintId, String kind) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    OpenedInThisTransaction opened = (OpenedInThisTransaction) TransactionSynchronizationManager.getResource(KEY);
    return opened == null ? null : opened.latest.get(key(complaintId, kind));
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
