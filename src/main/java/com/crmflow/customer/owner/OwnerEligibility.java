package com.crmflow.customer.owner;

import com.crmflow.platform.process.DeployedDecisions;
import com.crmflow.platform.process.Engine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Who may own a customer of a grade, and the owner's maintenance duties (003 §3.3, 001 §3(2)), from the DMN table
 * {@code owner-eligibility} (processes/owner-eligibility.dmn) as deployed last; group members from Camunda.
 */
@Component
public class OwnerEligibility {

  public static final String DECISION_KEY = "owner-eligibility";
  public static final List<String> GRADES = List.of("A", "B", "C", "D");
  public static final Map<String, String> GRADE_LABELS =
      Map.of("A", "重要战略客户", "B", "核心客户", "C", "一般客户", "D", "潜在客户");

  /** The row of the table for one grade. */
  public record Rule(String grade, List<String> groups, String responsibility, String duties) {}

  private final DeployedDecisions decisions;
  private final IdentityService identityService;

  public OwnerEligibility(DeployedDecisions decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  /** "B 核心客户"; "未评级" without a grade. */
  public static String gradeLabel(String grade) {
    return grade == null ? "未评级" : grade + " " + GRADE_LABELS.getOrDefault(grade, "");
  }

  public Rule rule(String grade) {
    if (grade == null || !GRADES.contains(grade)) {
      throw new IllegalArgumentException("Unknown grade " + grade);
    }
    DmnDecisionResultEntries row = decisions.evaluate(decisions.latest(DECISION_KEY),
        Variables.createVariables().putValue("grade", grade)).getSingleResult();
    if (row == null) {
      throw new IllegalStateException("owner-eligibility has no row for grade " + grade);
    }
    List<String> groups = Arrays.stream(String.valueOf((Object) row.getEntry("eligibleGroups")).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
    return new Rule(grade, groups, row.getEntry("responsibility"), row.getEntry("maintenanceDuties"));
  }

  /** The groups whose members may own a customer of the grade; every group of the table when ungraded. */
  public List<String> groups(String grade) {
    if (grade != null) {
      return rule(grade).groups();
    }
    Set<String> all = new LinkedHashSet<>();
    GRADES.forEach(g -> all.addAll(rule(g).groups()));
    return new ArrayList<>(all);
  }

  /** The members of the eligible groups, ordered by user id. */
  public List<String> candidates(String grade) {
    Set<String> users = new TreeSet<>();
    for (String group : groups(grade)) {
      Engine.asSystem(identityService, () -> identityService.createUserQuery().memberOfGroup(group).list())
          .stream().map(User::getId).forEach(users::add);
    }
    return new ArrayList<>(users);
  }

  public boolean isEligible(String userId, String grade) {
    if (userId == null) {
      return false;
    }
    List<String> groups = groups(grade);
    return Engine.asSystem(identityService, () -> identityService.createGroupQuery().groupMember(userId).list())
        .stream().anyMatch(g -> groups.contains(g.getId()));
  }

  public boolean userExists(String userId) {
    return userId != null && Engine.asSystem(identityService,
        () -> identityService.createUserQuery().userId(userId).count()) > 0;
  }
}
