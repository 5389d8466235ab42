package com.crmflow.customer.owner;

import com.crmflow.platform.process.BusinessRuleException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chooses new owners (003 §3.3): among the members of the groups that may own a customer of the grade, the one
 * with the fewest ACTIVE customers of that grade; ties go to the smaller user id — never random. Counts are read
 * once when the picker is made and then kept up to date by the caller ({@link #add}, {@link #remove}), so a batch
 * of assignments spreads over the candidates. One picker per transaction; not thread-safe.
 */
public class OwnerPicker {

  private final OwnerEligibility eligibility;
  private final Map<String, Map<String, Integer>> counts = new HashMap<>();
  private final Map<String, List<String>> candidates = new HashMap<>();

  OwnerPicker(JdbcTemplate jdbc, OwnerEligibility eligibility) {
    this.eligibility = eligibility;
    for (String grade : OwnerEligibility.GRADES) {
      Map<String, Integer> byOwner = new HashMap<>();
      jdbc.query("SELECT owner, COUNT(*) FROM crm_customer WHERE status = 'ACTIVE' AND grade = ? AND owner IS NOT NULL"
          + " GROUP BY owner", rs -> {
            byOwner.put(rs.getString(1), rs.getInt(2));
          }, grade);
      counts.put(grade, byOwner);
    }
  }

  public List<String> candidates(String grade) {
    return candidates.computeIfAbsent(grade, eligibility::candidates);
  }

  public boolean eligible(String user, String grade) {
    return user != null && candidates(grade).contains(user);
  }

  /** ACTIVE customers of the grade owned by the user, as the picker knows it. */
  public int count(String user, String grade) {
    return counts.get(grade).getOrDefault(user, 0);
  }

  /** The candidate with the fewest customers of the grade (then the smaller user id), counted as their owner. */
  public String pick(String grade) {
    String chosen = candidates(grade).stream()
        .min(Comparator.<String>comparingInt(u -> count(u, grade)).thenComparing(Comparator.naturalOrder()))
        .orElseThrow(() -> new BusinessRuleException("没有可担任" + OwnerEligibility.gradeLabel(grade)
            + "责任人的人员（组：" + String.join("、", eligibility.groups(grade)) + "），请先在组织中指定"));
    add(chosen, grade);
    return chosen;
  }

  public void add(String owner, String grade) {
    if (owner != null && grade != null) {
      counts.get(grade).merge(owner, 1, Integer::sum);
    }
  }

  public void remove(String owner, String grade) {
    if (owner != null && grade != null) {
      counts.get(grade).computeIfPresent(owner, (k, v) -> v > 1 ? v - 1 : null);
    }
  }
}
