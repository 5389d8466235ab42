package com.crmflow.customer.owner;

import com.crmflow.platform.process.Engine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The invariant of SPEC P3.4 / 003 §3.3: every ACTIVE customer has exactly one owner, a user who may own a
 * customer of its grade. Finds the customers that break it: no owner, an owner who is no (longer a) user, or an
 * owner outside the groups of processes/owner-eligibility.dmn for the customer's grade.
 */
@Service
public class OwnerViolations {

  public static final String NO_OWNER = "NO_OWNER";
  public static final String UNKNOWN_OWNER = "UNKNOWN_OWNER";
  public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
  private static final int IN_LIST = 500;

  public record Violation(Long customerId, String customerName, String grade, String owner, String problem,
      String description) {}

  /** What a check found: the number of customers concerned and the first of them by customer id. */
  public record Report(Instant checkedAt, int total, List<Violation> violations) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final OwnerEligibility eligibility;

  public OwnerViolations(JdbcTemplate jdbc, IdentityService identityService, OwnerEligibility eligibility) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.eligibility = eligibility;
  }

  public Report check(int limit) {
    List<Violation> found = new ArrayList<>(jdbc.query("SELECT id, name, grade, owner FROM crm_customer"
        + " WHERE status = 'ACTIVE' AND (owner IS NULL OR TRIM(owner) = '')",
        (rs, i) -> new Violation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), NO_OWNER,
            "没有维护责任人")));

    List<String> owners = jdbc.queryForList("SELECT DISTINCT owner FROM crm_customer WHERE status = 'ACTIVE'"
        + " AND owner IS NOT NULL AND TRIM(owner) <> ''", String.class);
    Set<String> unknown = new HashSet<>(owners);
    unknown.removeAll(existingUsers(owners));
    for (List<String> part : parts(unknown)) {
      found.addAll(jdbc.query("SELECT id, name, grade, owner FROM crm_customer WHERE status = 'ACTIVE' AND owner IN ("
          + marks(part.size()) + ")", (rs, i) -> new Violation(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), UNKNOWN_OWNER, "责任人「" + rs.getString(4) + "」不是系统用户（已停用或删除）"),
          part.toArray()));
    }

    for (String grade : OwnerEligibility.GRADES) {
      Set<String> candidates = new HashSet<>(eligibility.candidates(grade));
      List<String> ineligible = jdbc.queryForList("SELECT DISTINCT owner FROM crm_customer WHERE status = 'ACTIVE'"
          + " AND grade = ? AND owner IS NOT NULL AND TRIM(owner) <> ''", String.class, grade).stream()
          .filter(o -> !candidates.contains(o) && !unknown.contains(o)).toList();
      String groups = String.join("、", eligibility.groups(grade));
      for (List<String> part : parts(ineligible)) {
        List<Object> args = new ArrayList<>();
        args.add(grade);
        args.addAll(part);
        found.addAll(jdbc.query("SELECT id, name, grade, owner FROM crm_customer WHERE status = 'ACTIVE'"
            + " AND grade = ? AND owner IN (" + marks(part.size()) + ")",
            (rs, i) -> new Violation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), NOT_ELIGIBLE,
                "责任人「" + rs.getString(4) + "」不能担任" + OwnerEligibility.gradeLabel(grade) + "的责任人（可担任的组："
                    + groups + "）"), args.toArray()));
      }
    }
    found.sort(Comparator.comparing(Violation::customerId));
    return new Report(ClockUtil.getCurrentTime().toInstant(), found.size(),
        List.copyOf(found.subList(0, Math.min(limit, found.size()))));
  }

  private Set<String> existingUsers(Collection<String> ids) {
    Set<String> existing = new HashSet<>();
    for (List<String> part : parts(ids)) {
      Engine.asSystem(identityService, () -> identityService.createUserQuery()
          .userIdIn(part.toArray(String[]::new)).list()).stream().map(User::getId).forEach(existing::add);
    }
    return existing;
  }

  private static List<List<String>> parts(Collection<String> values) {
    List<String> all = new ArrayList<>(values);
    List<List<String>> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIST) {
      parts.add(all.subList(i, Math.min(i + IN_LIST, all.size())));
    }
    return parts;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
