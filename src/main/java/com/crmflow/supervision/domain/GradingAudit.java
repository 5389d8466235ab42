package com.crmflow.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The yearly audit of the grading system (SPEC "Supervision"; 003 §5.1, 000 §6): the data compiled from the
 * deployed grading rules and the customer archive ({@link #getDataJson()}), the supervisor's review and senior
 * management's decision on the report. Bound to its {@code grading-audit} process instance.
 */
@Entity
@Table(name = "crm_supervision_grading_audit")
public class GradingAudit {

  public static final String REVIEW = "REVIEW";
  public static final String MANAGEMENT = "MANAGEMENT";
  public static final String CLOSED = "CLOSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "audit_number")
  private String auditNumber;

  @Column(name = "audit_year")
  private int auditYear;

  @Column(name = "status")
  private String status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "decision_definition_id")
  private String decisionDefinitionId;

  @Column(name = "data_json", length = 1000000)
  private String dataJson;

  @Column(name = "compiled_at")
  private Instant compiledAt;

  @Column(name = "conclusion")
  private String conclusion;

  @Column(name = "findings")
  private String findings;

  @Column(name = "recommendations")
  private String recommendations;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "management_decision")
  private String managementDecision;

  @Column(name = "management_note")
  private String managementNote;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  protected GradingAudit() {}

  public GradingAudit(String auditNumber, int auditYear, String processInstanceId, String startedBy,
      String decisionDefinitionId, String dataJson, Instant compiledAt) {
    this.auditNumber = auditNumber;
    this.auditYear = auditYear;
    this.processInstanceId = processInstanceId;
    this.startedBy = startedBy;
    this.decisionDefinitionId = decisionDefinitionId;
    this.dataJson = dataJson;
    this.compiledAt = compiledAt;
    this.status = REVIEW;
  }

  public Long getId() { return id; }
  public String getAuditNumber() { return auditNumber; }
  public int getAuditYear() { return auditYear; }
  public String getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getStartedBy() { return startedBy; }
  public String getDecisionDefinitionId() { return decisionDefinitionId; }
  public String getDataJson() { return dataJson; }
  public Instant getCompiledAt() { return compiledAt; }
  public String getConclusion() { return conclusion; }
  public String getFindings() { return findings; }
  public String getRecommendations() { return recommendations; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public String getManagementDecision() { return managementDecision; }
  public String getManagementNote() { return managementNote; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }

  void reviewed(String conclusion, String findings, String recommendations, String by, Instant at) {
    this.conclusion = conclusion;
    this.findings = findings;
    this.recommendations = recommendations;
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.status = MANAGEMENT;
  }

  void decided(String decision, String note, String by, Instant at) {
    this.managementDecision = decision;
    this.managementNote = note;
    this.decidedBy = by;
    this.decidedAt = at;
    this.status = CLOSED;
  }
}
