package com.crmflow.conformance;

import java.time.Instant;

/**
 * One reason an instance is in the report.
 *
 * @param kind what it is
 * @param label the kind in Chinese
 * @param detail what happened, in Chinese (the element's name, the deadline, the delete reason)
 * @param activityId the element concerned, if any
 * @param at when, if known
 */
public record Finding(FindingKind kind, String label, String detail, String activityId, Instant at) {

  public static Finding of(FindingKind kind, String detail, String activityId, Instant at) {
    return new Finding(kind, kind.label(), detail, activityId, at);
  }
}
