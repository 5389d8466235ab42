package com.crmflow.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The inspection report ({@code GET /api/inspections/{id}}): sample, checklists, findings and rectification. */
public record InspectionReport(Long id, String inspectionNumber, String processKey, String processName,
    LocalDate periodFrom, LocalDate periodTo, int sampleSize, Integer population, String status, String startedBy,
    Instant startedAt, Instant closedAt, String note, String summary, List<CaseEntry> cases,
    List<FindingEntry> findings) {

  public record CaseEntry(Long id, String processInstanceId, String businessKey, Instant completedAt, String status,
      String conclusion, String opinion, String checkedBy, Instant checkedAt, List<ItemEntry> checklist) {}

  public record ItemEntry(int itemNo, String item, String result, String resultLabel, String remark) {}

  public record FindingEntry(Long id, Long caseId, String description, String department, String departmentName,
      LocalDate dueDate, Instant dueAt, String status, String rectification, String rectifiedBy,
      Instant rectifiedAt, String reviewNote, String reviewedBy, Instant reviewedAt, int rejections,
      boolean overdueReminded, Instant closedAt) {}
}
