package com.crmflow.complaint.analysis;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the complaint tables know about the conformance of complaint-handling instances (published for the
 * conformance report, com.crmflow.conformance): each breached deadline (met = false, or escalated because its
 * timer fired), the escalation after an unsatisfied verdict and how often the complaint was reopened after a
 * recurrence.
 */
@Service
public class ComplaintConformanceFacts {

  /** One deadline that was not met: INITIAL_RESPONSE or RESULT_FEEDBACK, its round, due time and completion. */
  public record BreachedDeadline(String kind, int round, Instant dueAt, Instant completedAt, int breachLevel) {}

  /** The facts of one complaint, by the process instance that handles it. */
  public record Facts(String complaintNumber, List<BreachedDeadline> breached, int escalationLevel,
      int reopenCount) {}

  private static final int CHUNK = 500;

  private final EntityManager em;

  public ComplaintConformanceFacts(EntityManager em) {
    this.em = em;
  }

  /** The facts of the complaints handled by these process instances (instances without a complaint are absent). */
  @Transactional(readOnly = true)
  public Map<String, Facts> byProcessInstance(Collection<String> processInstanceIds) {
    Map<String, Facts> facts = new LinkedHashMap<>();
    List<String> ids = List.copyOf(processInstanceIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Map<Long, Object[]> complaints = new LinkedHashMap<>();
      for (Object[] row : em.createQuery("select c.id, c.processInstanceId, c.complaintNumber, c.escalationLevel,"
          + " c.reopenCount from Complaint c where c.processInstanceId in :ids", Object[].class)
          .setParameter("ids", chunk).getResultList()) {
        complaints.put((Long) row[0], row);
      }
      if (complaints.isEmpty()) {
        continue;
      }
      Map<Long, List<BreachedDeadline>> breached = new LinkedHashMap<>();
      for (Object[] row : em.createQuery("select d.complaintId, d.kind, d.roundNo, d.dueAt, d.completedAt,"
          + " d.breachLevel from ComplaintDeadline d where d.complaintId in :ids"
          + " and (d.met = false or d.breachLevel > 0) order by d.id", Object[].class)
          .setParameter("ids", complaints.keySet()).getResultList()) {
        breached.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new BreachedDeadline((String) row[1],
            ((Number) row[2]).intValue(), (Instant) row[3], (Instant) row[4], ((Number) row[5]).intValue()));
      }
      complaints.forEach((id, row) -> facts.put((String) row[1], new Facts((String) row[2],
          List.copyOf(breached.getOrDefault(id, List.of())), number(row[3]), number(row[4]))));
    }
    return facts;
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
