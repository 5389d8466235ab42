package com.crmflow.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding of an inspection: what is wrong, the responsible department (a group of config/organization.yaml) and
 * the due date; rectified by the department (整改督查问题), reviewed by the supervisor (复核整改) until closed.
 */
@Entity
@Table(name = "crm_supervision_finding")
public class Finding {

  public static final String OPEN = "OPEN";
  public static final String RECTIFIED = "RECTIFIED";
  public static final String CLOSED = "CLOSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "inspection_id")
  private Long inspectionId;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "description")
  private String description;

  @Column(name = "department")
  private String department;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "status")
  private String status;

  @Column(name = "raised_by")
  private String raisedBy;

  @Column(name = "raised_at")
  private Instant raisedAt;

  @Column(name = "rectification")
  private String rectification;

  @Column(name = "rectified_by")
  private String rectifiedBy;

  @Column(name = "rectified_at")
  private Instant rectifiedAt;

  @Column(name = "review_note")
  private String reviewNote;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "rejections")
  private int rejections;

  @Column(name = "overdue_reminded_at")
  private Instant overdueRemindedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  protected Finding() {}

  public Finding(Long inspectionId, Long caseId, String description, String department, LocalDate dueDate,
      Instant dueAt, String raisedBy, Instant raisedAt) {
    this.inspectionId = inspectionId;
    this.caseId = caseId;
    this.description = description;
    this.department = department;
    this.dueDate = dueDate;
    this.dueAt = dueAt;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
    this.status = OPEN;
  }

  public Long getId() { return id; }
  public Long getInspectionId() { return inspectionId; }
  public Long getCaseId() { return caseId; }
  public String getDescription() { return description; }
  public String getDepartment() { return department; }
  public LocalDate getDueDate() { return dueDate; }
  public Instant getDueAt() { return dueAt; }
  public String getStatus() { return status; }
  public String getRaisedBy() { return raisedBy; }
  public Instant getRaisedAt() { return raisedAt; }
  public String getRectification() { return rectification; }
  public String getRectifiedBy() { return rectifiedBy; }
  public Instant getRectifiedAt() { return rectifiedAt; }
  public String getReviewNote() { return reviewNote; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public int getRejections() { return rejections; }
  public Instant getOverdueRemindedAt() { return overdueRemindedAt; }
  public Instant getClosedAt() { return closedAt; }

  void rectified(String text, String by, Instant at) {
    this.rectification = text;
    this.rectifiedBy = by;
    this.rectifiedAt = at;
    this.status = RECTIFIED;
  }

  void reviewed(boolean accepted, String note, String by, Instant at) {
    this.reviewNote = note;
    this.reviewedBy = by;
    this.reviewedAt = at;
    if (accepted) {
      this.status = CLOSED;
      this.closedAt = at;
    } else {
      this.status = OPEN;
      this.rejections++;
    }
  }

  void reminded(Instant at) {
    this.overdueRemindedAt = at;
  }
}
