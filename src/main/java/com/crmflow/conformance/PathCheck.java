package com.crmflow.conformance;

import java.util.List;

/**
 * The instance's path against the mandated one: a completed instance must have gone through each mandated step
 * whose condition holds. A step counts as gone through when one of its activity instances completed; one that was
 * cancelled (e.g. moved past by a process-instance modification) does not. Running and cancelled instances are not
 * judged (their path is not finished); the order of the steps is the model's and not checked again.
 */
public final class PathCheck {

  private PathCheck() {}

  /** The mandated steps the completed instance skipped, in the order given; empty for an unfinished instance. */
  public static List<MandatedStep> skipped(List<MandatedStep> mandated, InstancePath path) {
    if (!InstancePath.COMPLETED.equals(path.state())) {
      return List.of();
    }
    return mandated.stream().filter(m -> m.condition().holds(path)).filter(m -> !path.passed(m.activityId())).toList();
  }
}
