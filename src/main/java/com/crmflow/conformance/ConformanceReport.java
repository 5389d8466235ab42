package com.crmflow.conformance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The conformance report of one process for a period: the instances started or ended in it (days {@code from} to
 * {@code to}, both included, in the working calendar's time zone), how many breached a deadline, were escalated,
 * were reopened, skipped a mandated step (of the completed ones), were cancelled or hit a technical incident, and
 * one page of the instances with findings, each with its reasons and links to drill down.
 */
public record ConformanceReport(String processKey, String processName, LocalDate from, LocalDate to,
    long instances, long completed, long running, long terminated, Figure deadlineBreached, Figure escalated,
    Figure reopened, Figure skippedMandatedStep, Figure cancelled, Figure incident, Figure nonconforming,
    Double conformanceRate, List<StepSkips> skipsByStep, List<Mandated> mandatedSteps, Page findings) {

  /**
   * A count of instances and its rate.
   *
   * @param of the instances it is a share of (all of the period; the completed ones for skipped steps)
   * @param rate count / of with four decimals, null when of is 0
   */
  public record Figure(long count, long of, Double rate) {}

  /** How many completed instances skipped one mandated step. */
  public record StepSkips(String activityId, String name, long count) {}

  /** A mandated step of the latest version of the model and when it is mandated (in Chinese). */
  public record Mandated(String activityId, String name, String when) {}

  /** One page of the instances with findings (oldest start first). */
  public record Page(int page, int size, long total, List<InstanceFindings> items) {}

  /**
   * An instance with findings.
   *
   * @param cockpitUrl the instance in Camunda Cockpit (a running one opens in its runtime view; for an ended one the
   *     Community Edition's Cockpit, which has no history view, opens the process definition and says so)
   * @param pathUrl the instance's path with the mandated steps checked (GET, this API)
   */
  public record InstanceFindings(String processInstanceId, String businessKey, int version, String state,
      Instant startTime, Instant endTime, List<Finding> reasons, String cockpitUrl, String pathUrl) {}

  /** The drill-down of one instance: its findings, its path and each mandated step's result. */
  public record InstanceDetail(String processKey, String processInstanceId, String businessKey, int version,
      String state, Instant startTime, Instant endTime, List<Finding> reasons, List<MandatedCheck> mandatedSteps,
      List<InstancePath.Step> path, String cockpitUrl) {}

  /**
   * A mandated step checked against the instance's path.
   *
   * @param result PASSED (gone through), SKIPPED (mandated, completed instance without it), NOT_MANDATED (its
   *     condition did not hold), OPEN (the instance has not ended: not judged yet), NOT_JUDGED (the instance was
   *     cancelled before it reached the step)
   */
  public record MandatedCheck(String activityId, String name, String when, String result) {}
}
