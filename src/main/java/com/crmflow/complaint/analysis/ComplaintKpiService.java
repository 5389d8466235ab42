package com.crmflow.complaint.analysis;

import com.crmflow.complaint.analysis.ComplaintKpis.CauseCount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link ComplaintKpis} from the complaint tables (read only). Every figure is aggregated by the database
 * (portable JPQL: H2 and PostgreSQL); a complaint belongs to the period by its {@code received_at}, the period's
 * dates being days in Asia/Shanghai.
 */
@Service
public class ComplaintKpiService {

  static final String INITIAL_RESPONSE = "INITIAL_RESPONSE";
  static final String RESULT_FEEDBACK = "RESULT_FEEDBACK";
  static final String CLOSED = "CLOSED";

  private static final String IN_PERIOD = " c.receivedAt >= :start and c.receivedAt < :end";

  private final EntityManager em;

  private final ZoneId timeZone;

  public ComplaintKpiService(EntityManager em, ZoneId timeZone) {
    this.timeZone = timeZone;
    this.em = em;
  }

  /** @param from first day, @param to last day (inclusive) of the period; from must not lie after to */
  @Transactional(readOnly = true)
  public ComplaintKpis compute(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " lies after to " + to);
    }
    Instant start = from.atStartOfDay(timeZone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(timeZone).toInstant();

    Object[] totals = period(em.createQuery("select count(c),"
        + " coalesce(sum(case when c.status = '" + CLOSED + "' then 1 else 0 end), 0),"
        + " coalesce(sum(case when c.reopenCount > 0 then 1 else 0 end), 0),"
        + " coalesce(sum(c.satisfactionScore), 0), count(c.satisfactionScore)"
        + " from Complaint c where" + IN_PERIOD, Object[].class), start, end).getSingleResult();
    long total = number(totals[0]);
    long closed = number(totals[1]);
    long reopened = number(totals[2]);
    long scoreSum = number(totals[3]);
    long scored = number(totals[4]);

    Map<String, Long> byCause = breakdown("cause", start, end);
    List<CauseCount> recurring = byCause.entrySet().stream().filter(e -> e.getValue() >= 2)
        .map(e -> new CauseCount(e.getKey(), e.getValue())).toList();

    // deadlines of the period's complaints: [kind, met, decided]
    Map<String, long[]> deadlines = new LinkedHashMap<>();
    for (Object[] row : period(em.createQuery("select d.kind,"
        + " coalesce(sum(case when d.met = true then 1 else 0 end), 0), count(d.met)"
        + " from ComplaintDeadline d where d.complaintId in (select c.id from Complaint c where" + IN_PERIOD + ")"
        + " group by d.kind", Object[].class), start, end).getResultList()) {
      deadlines.put((String) row[0], new long[] {number(row[1]), number(row[2])});
    }

    return new ComplaintKpis(from, to, total,
        breakdown("category", start, end), byCause, breakdown("responsibleDepartment", start, end),
        breakdown("channel", start, end),
        rate(deadlines, INITIAL_RESPONSE), rate(deadlines, RESULT_FEEDBACK),
        ratio(closed, total, 4), ratio(reopened, total, 4), ratio(scoreSum, scored, 2), recurring);
  }

  /**
   * Each complaint received in [from, to] (dates in the working calendar's zone) with its decided deadlines,
   * reopening and verdict, in order of receipt — published for the quarterly evaluation per owner (P7.3), which
   * attributes each complaint to its customer's owner.
   */
  @Transactional(readOnly = true)
  public List<ComplaintOutcome> outcomesOf(LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(timeZone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(timeZone).toInstant();
    Map<Long, long[]> deadlines = new LinkedHashMap<>();
    for (Object[] row : period(em.createQuery("select d.complaintId, d.kind,"
        + " coalesce(sum(case when d.met = true then 1 else 0 end), 0), count(d.met)"
        + " from ComplaintDeadline d where d.complaintId in (select c.id from Complaint c where" + IN_PERIOD + ")"
        + " group by d.complaintId, d.kind", Object[].class), start, end).getResultList()) {
      long[] counts = deadlines.computeIfAbsent((Long) row[0], id -> new long[4]);
      int at = INITIAL_RESPONSE.equals(row[1]) ? 0 : RESULT_FEEDBACK.equals(row[1]) ? 2 : -1;
      if (at >= 0) {
        counts[at] += number(row[2]);
        counts[at + 1] += number(row[3]);
      }
    }
    return period(em.createQuery("select c.id, c.complaintNumber, c.customerId, c.reopenCount, c.satisfied"
        + " from Complaint c where" + IN_PERIOD + " order by c.receivedAt, c.id", Object[].class), start, end)
        .getResultList().stream().map(row -> {
          long[] d = deadlines.getOrDefault((Long) row[0], new long[4]);
          return new ComplaintOutcome((String) row[1], (Long) row[2], d[0], d[1], d[2], d[3],
              row[3] != null && ((Number) row[3]).intValue() > 0, (Boolean) row[4]);
        }).toList();
  }

  /** How far the open complaints' deadlines have gone: none warned, warned, breached (escalated) at level 1 or 2. */
  public enum BreachLevel {
    NONE("未超时"), WARNED("已预警"), LEVEL_1("一级超时（客户服务经理督办）"), LEVEL_2("二级超时（高层管理团队督办）");

    private final String label;

    BreachLevel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Open complaints (not closed) at one breach level. */
  public record OpenAtLevel(BreachLevel level, String label, long count) {}

  /** The open complaints now, by the worst state any of their deadlines reached (every level listed, also at 0). */
  public record OpenComplaints(long total, List<OpenAtLevel> byBreachLevel) {}

  @Transactional(readOnly = true)
  public OpenComplaints openByBreachLevel() {
    long[] counts = new long[BreachLevel.values().length];
    for (Object[] row : em.createQuery("select c.id, coalesce(max(d.breachLevel), 0), count(d.warnedAt)"
        + " from Complaint c left join ComplaintDeadline d on d.complaintId = c.id"
        + " where c.status <> '" + CLOSED + "' group by c.id", Object[].class).getResultList()) {
      long breach = number(row[1]);
      BreachLevel level = breach >= 2 ? BreachLevel.LEVEL_2 : breach == 1 ? BreachLevel.LEVEL_1
          : number(row[2]) > 0 ? BreachLevel.WARNED : BreachLevel.NONE;
      counts[level.ordinal()]++;
    }
    List<OpenAtLevel> levels = java.util.Arrays.stream(BreachLevel.values())
        .map(l -> new OpenAtLevel(l, l.label(), counts[l.ordinal()])).toList();
    return new OpenComplaints(java.util.Arrays.stream(counts).sum(), levels);
  }

  /**
   * Count per value of a column (null values left out), most frequent first, then by value. Sorted here, not by
   * the database: H2 and PostgreSQL collate Chinese department names differently.
   */
  private Map<String, Long> breakdown(String attribute, Instant start, Instant end) {
    Map<String, Long> counts = new LinkedHashMap<>();
    period(em.createQuery("select c." + attribute + ", count(c) from Complaint c where" + IN_PERIOD
        + " and c." + attribute + " is not null group by c." + attribute, Object[].class), start, end)
        .getResultList().stream()
        .map(row -> Map.entry((String) row[0], number(row[1])))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private static <T> TypedQuery<T> period(TypedQuery<T> query, Instant start, Instant end) {
    return query.setParameter("start", start).setParameter("end", end);
  }

  private static Double rate(Map<String, long[]> deadlines, String kind) {
    long[] counts = deadlines.get(kind);
    return counts == null ? null : ratio(counts[0], counts[1], 4);
  }

  static Double ratio(long numerator, long denominator, int scale) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
