package com.crmflow.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/** What the supervisor submits: an inspection to start, a case's check, a finding, a rectification or a review. */
public final class InspectionInput {

  private InspectionInput() {}

  /** Start form 发起督查 / {@code POST /api/inspections}; a missing sample size takes the configured default. */
  public record Request(String processKey, LocalDate periodFrom, LocalDate periodTo, Integer sampleSize) {}

  /** One checklist row as submitted: its position in the case's checklist, the result and a remark. */
  public record ItemResult(String result, String remark) {}

  /** A finding raised on a case: description, responsible department (group id), due date. */
  public record NewFinding(String description, String department, LocalDate dueDate) {}

  /** The check of one case. */
  public record CaseCheck(List<ItemResult> items, String opinion, List<NewFinding> findings) {}
}
