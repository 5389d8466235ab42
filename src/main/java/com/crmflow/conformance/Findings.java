package com.crmflow.conformance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings the model and the path alone give (no database): each element passed that the model marks as a
 * breached deadline, an escalation or a reopening ({@code conformance}), each mandated step a completed instance
 * skipped, and a cancelled instance.
 */
public final class Findings {

  private Findings() {}

  public static List<Finding> of(ModelRules rules, InstancePath path) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (InstancePath.Step step : path.steps()) {
      for (FindingKind kind : rules.signals().getOrDefault(step.activityId(), Set.of())) {
        // a loop passes an escalation twice: one reason per element and kind, at its first time
        if (seen.add(kind + "/" + step.activityId())) {
          findings.add(Finding.of(kind, rules.nameOf(step.activityId()), step.activityId(), step.startTime()));
        }
      }
    }
    for (MandatedStep skipped : PathCheck.skipped(rules.mandated(), path)) {
      findings.add(Finding.of(FindingKind.MANDATED_STEP_SKIPPED, "未经过必经步骤「" + skipped.name() + "」（"
          + skipped.condition().describe(rules::nameOf) + "）", skipped.activityId(), null));
    }
    // deleted while running (Cockpit, REST, an administrator): Camunda records EXTERNALLY_ or, for an instance
    // deleted while its token sat inside a scope, INTERNALLY_TERMINATED — the models have no terminate end events
    if (path.terminated()) {
      String reason = path.deleteReason() == null || path.deleteReason().isBlank() ? "未说明原因" : path.deleteReason();
      findings.add(Finding.of(FindingKind.TERMINATED, "流程未办完即被取消：" + reason, null, path.endTime()));
    }
    return findings;
  }

  /** Per mandated step of the model: gone through, skipped, not mandated for this instance, or not judged yet. */
  public static Map<MandatedStep, String> check(ModelRules rules, InstancePath path) {
    Map<MandatedStep, String> results = new java.util.LinkedHashMap<>();
    List<MandatedStep> skipped = PathCheck.skipped(rules.mandated(), path);
    for (MandatedStep m : rules.mandated()) {
      String result;
      if (path.passed(m.activityId())) {
        result = "PASSED";
      } else if (skipped.contains(m)) {
        result = "SKIPPED";
      } else if (!path.ended()) {
        result = "OPEN";
      } else {
        result = m.condition().holds(path) ? "NOT_JUDGED" : "NOT_MANDATED";
      }
      results.put(m, result);
    }
    return results;
  }
}
