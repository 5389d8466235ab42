package com.crmflow.evaluation.domain;

import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.survey.domain.SatisfactionSurveys;
import com.crmflow.survey.domain.SatisfactionSurveys.RecordedScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' figures per owner for the Cockpit plugin (issue 12): satisfaction per owner per quarter, counted as
 * the quarterly evaluation counts it (share of recorded surveys with an overall score of at least
 * {@code crm.evaluation.satisfied-at-least}), and the grade distribution with its changes per quarter. Live: the
 * current quarter is counted up to now. {@code owners} empty = every owner; otherwise only those owners' figures.
 */
@Service
public class ManagerKpis {

  /** At most this many quarters per request. */
  public static final int MAX_QUARTERS = 8;

  private final SatisfactionSurveys surveys;
  private final GradeChangeRepository gradeChanges;
  private final CustomerDirectory customers;
  private final EvaluationSettings settings;
  private final WorkingCalendar calendar;

  public ManagerKpis(SatisfactionSurveys surveys, GradeChangeRepository gradeChanges, CustomerDirectory customers,
      EvaluationSettings settings, WorkingCalendar calendar) {
    this.surveys = surveys;
    this.gradeChanges = gradeChanges;
    this.customers = customers;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** One owner's surveys of one quarter; {@code rate} in percent (2 decimals), null without surveys. */
  public record OwnerSatisfaction(String owner, int surveys, int satisfied, BigDecimal rate) {}

  public record QuarterSatisfaction(String quarter, String label, int surveys, int satisfied, BigDecimal rate,
      List<OwnerSatisfaction> owners) {}

  public record Satisfaction(int satisfiedAtLeast, List<QuarterSatisfaction> quarters) {}

  /** Grade changes of one quarter: up (D→C, C→B, B→A …), down, and customers that became A. */
  public record QuarterGradeChanges(String quarter, String label, int upgrades, int downgrades, int newA) {}

  /** Active customers per grade now ("" = not yet graded), and the changes of the last quarters. */
  public record Grades(Map<String, Long> distribution, List<QuarterGradeChanges> changes) {}

  /** The last {@code count} quarters up to the current one, oldest first. */
  public List<Quarter> lastQuarters(int count) {
    if (count < 1 || count > MAX_QUARTERS) {
      throw new com.crmflow.platform.process.InvalidFieldException("quarters",
          "季度数必须在 1 到 " + MAX_QUARTERS + " 之间：" + count);
    }
    List<Quarter> quarters = new ArrayList<>();
    Quarter q = Quarter.of(calendar.today());
    for (int i = 0; i < count; i++) {
      quarters.add(q);
      q = q.previous();
    }
    Collections.reverse(quarters);
    return quarters;
  }

  @Transactional(readOnly = true)
  public Satisfaction satisfaction(List<Quarter> quarters, Optional<Set<String>> owners) {
    int atLeast = settings.satisfiedAtLeast();
    List<QuarterSatisfaction> result = new ArrayList<>();
    for (Quarter q : quarters) {
      Map<String, int[]> perOwner = new TreeMap<>();
      owners.ifPresent(o -> o.forEach(owner -> perOwner.put(owner, new int[2])));
      for (RecordedScore s : surveys.recordedBetween(start(q), end(q))) {
        if (s.owner() == null || owners.isPresent() && !owners.get().contains(s.owner())) {
          continue;
        }
        int[] n = perOwner.computeIfAbsent(s.owner(), o -> new int[2]);
        n[0]++;
        if (s.overall() >= atLeast) {
          n[1]++;
        }
      }
      int total = 0;
      int satisfied = 0;
      List<OwnerSatisfaction> rows = new ArrayList<>();
      for (var e : perOwner.entrySet()) {
        rows.add(new OwnerSatisfaction(e.getKey(), e.getValue()[0], e.getValue()[1],
            percent(e.getValue()[1], e.getValue()[0])));
        total += e.getValue()[0];
        satisfied += e.getValue()[1];
      }
      result.add(new QuarterSatisfaction(q.toString(), q.shown(), total, satisfied, percent(satisfied, total), rows));
    }
    return new Satisfaction(atLeast, result);
  }

  @Transactional(readOnly = true)
  public Grades grades(List<Quarter> quarters, Optional<Set<String>> owners) {
    List<QuarterGradeChanges> changes = new ArrayList<>();
    for (Quarter q : quarters) {
      int up = 0;
      int down = 0;
      int newA = 0;
      for (GradeChangeRecord r
          : gradeChanges.findByChangedAtGreaterThanEqualAndChangedAtLessThanOrderByChangedAtAscIdAsc(start(q), end(q))) {
        if (owners.isPresent() && (r.getOwner() == null || !owners.get().contains(r.getOwner()))) {
          continue;
        }
        int direction = compare(r.getPreviousGrade(), r.getNewGrade());
        if (direction > 0) {
          up++;
        } else if (direction < 0) {
          down++;
        }
        if ("A".equals(r.getNewGrade()) && !"A".equals(r.getPreviousGrade())) {
          newA++;
        }
      }
      changes.add(new QuarterGradeChanges(q.toString(), q.shown(), up, down, newA));
    }
    return new Grades(customers.activeCountByGrade(owners), changes);
  }

  /** +1 for an upgrade (towards A), -1 for a downgrade, 0 otherwise; a first grade is neither. */
  static int compare(String previous, String next) {
    if (previous == null || next == null || previous.isBlank() || next.isBlank()) {
      return 0;
    }
    return Integer.signum(previous.compareTo(next));
  }

  private Instant start(Quarter q) {
    return q.firstDay().atStartOfDay(calendar.zone()).toInstant();
  }

  private Instant end(Quarter q) {
    return q.lastDay().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
  }

  static BigDecimal percent(int part, int whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }
}
