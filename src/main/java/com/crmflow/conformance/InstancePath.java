package com.crmflow.conformance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Camunda's history tells about one process instance: its state, the elements it went through (in order of
 * start) and the values its process variables had.
 *
 * @param state Camunda's historic state: ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED
 * @param variables every value a variable had in any scope (history keeps the last value of each scope)
 */
public record InstancePath(String processInstanceId, String businessKey, String processDefinitionId,
    int version, String state, Instant startTime, Instant endTime, String deleteReason, List<Step> steps,
    Map<String, Set<String>> variables) {

  public static final String COMPLETED = "COMPLETED";
  public static final String EXTERNALLY_TERMINATED = "EXTERNALLY_TERMINATED";
  public static final String INTERNALLY_TERMINATED = "INTERNALLY_TERMINATED";

  /** One historic activity instance. {@code canceled}: ended without completing (moved away, interrupted). */
  public record Step(String activityId, String activityName, String activityType, Instant startTime,
      Instant endTime, boolean canceled, String assignee) {

    /** Went through it: ended and not cancelled. */
    public boolean done() {
      return endTime != null && !canceled;
    }
  }

  public boolean passed(String activityId) {
    return steps.stream().anyMatch(s -> s.activityId().equals(activityId) && s.done());
  }

  /** Entered the element (whether it completed or not). */
  public boolean entered(String activityId) {
    return steps.stream().anyMatch(s -> s.activityId().equals(activityId));
  }

  /** Ended without completing: deleted (cancelled) or terminated. */
  public boolean terminated() {
    return EXTERNALLY_TERMINATED.equals(state) || INTERNALLY_TERMINATED.equals(state);
  }

  public boolean ended() {
    return endTime != null;
  }
}
