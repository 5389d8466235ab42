package com.crmflow.customer.domain;

import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's communication log (沟通记录, SPEC "Customer archive", X.1): every contact with the customer that a
 * feature publishes ({@link CustomerHistorySource#communications}) merged into one timeline, newest first. Entries
 * at the same time keep the order of their sources (by key) and, within a source, the source's own order. The log
 * is bounded ({@link #LIMIT} entries); {@link Log#total} says how many there are, so nothing is cut silently.
 */
@Component
public class CommunicationLog {

  /** At most this many entries are shown in the archive ({@code GET /api/customers/{id}}). */
  public static final int LIMIT = 200;

  /**
   * @param items the newest entries, newest first, at most the limit asked for
   * @param total how many entries the customer has in all
   */
  public record Log(List<Communication> items, int total) {

    public static final Log EMPTY = new Log(List.of(), 0);

    /** Whether older entries were left out. */
    public boolean truncated() {
      return total > items.size();
    }
  }

  private static final Comparator<Communication> NEWEST_FIRST = Comparator.comparing(Communication::at,
      Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed();

  private final List<CustomerHistorySource> sources;

  public CommunicationLog(List<CustomerHistorySource> sources) {
    this.sources = sources.stream().sorted(Comparator.comparing(CustomerHistorySource::key)).toList();
  }

  /** The customer's newest {@link #LIMIT} contacts. */
  @Transactional(readOnly = true)
  public Log of(Long customerId) {
    return of(customerId, LIMIT);
  }

  /** The customer's newest {@code limit} contacts (e.g. a few for the handover task). */
  @Transactional(readOnly = true)
  public Log of(Long customerId, int limit) {
    List<List<Communication>> parts = new ArrayList<>();
    for (CustomerHistorySource s : sources) {
      parts.add(s.communications(customerId));
    }
    return merge(parts, limit);
  }

  /**
   * One timeline from the parts: newest first (entries without a time last), ties in the order of the parts and
   * then of each part, at most {@code limit} entries.
   */
  public static Log merge(List<List<Communication>> parts, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0: " + limit);
    }
    List<Communication> all = new ArrayList<>();
    for (List<Communication> part : parts) {
      if (part != null) {
        part.stream().filter(c -> c != null).forEach(all::add);
      }
    }
    all.sort(NEWEST_FIRST); // List.sort is stable: ties keep the order of their parts
    return new Log(List.copyOf(all.subList(0, Math.min(limit, all.size()))), all.size());
  }
}
