package com.crmflow.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sampled case of an inspection: one completed process instance of the inspected process, and its check. */
@Entity
@Table(name = "crm_supervision_case")
public class InspectionCase {

  public static final String PENDING = "PENDING";
  public static final String CHECKED = "CHECKED";
  public static final String CONFORMING = "CONFORMING";
  public static final String NONCONFORMING = "NONCONFORMING";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "inspection_id")
  private Long inspectionId;

  @Column(name = "case_instance_id")
  private String caseInstanceId;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "case_started_at")
  private Instant caseStartedAt;

  @Column(name = "case_ended_at")
  private Instant caseEndedAt;

  @Column(name = "status")
  private String status;

  @Column(name = "conclusion")
  private String conclusion;

  @Column(name = "opinion")
  private String opinion;

  @Column(name = "checked_by")
  private String checkedBy;

  @Column(name = "checked_at")
  private Instant checkedAt;

  protected InspectionCase() {}

  public InspectionCase(Long inspectionId, String caseInstanceId, String businessKey, Instant caseStartedAt,
      Instant caseEndedAt) {
    this.inspectionId = inspectionId;
    this.caseInstanceId = caseInstanceId;
    this.businessKey = businessKey;
    this.caseStartedAt = caseStartedAt;
    this.caseEndedAt = caseEndedAt;
    this.status = PENDING;
  }

  public Long getId() { return id; }
  public Long getInspectionId() { return inspectionId; }
  public String getCaseInstanceId() { return caseInstanceId; }
  public String getBusinessKey() { return businessKey; }
  public Instant getCaseStartedAt() { return caseStartedAt; }
  public Instant getCaseEndedAt() { return caseEndedAt; }
  public String getStatus() { return status; }
  public String getConclusion() { return conclusion; }
  public String getOpinion() { return opinion; }
  public String getCheckedBy() { return checkedBy; }
  public Instant getCheckedAt() { return checkedAt; }

  void checked(String conclusion, String opinion, String by, Instant at) {
    this.status = CHECKED;
    this.conclusion = conclusion;
    this.opinion = opinion;
    this.checkedBy = by;
    this.checkedAt = at;
  }
}
