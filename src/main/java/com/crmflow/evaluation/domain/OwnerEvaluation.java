package com.crmflow.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jakarta.persistence.Version;

/** The quarterly evaluation per owner of one quarter (SPEC P7.3–P7.4): when it was computed, with which version of processes/owner-evaluation.dmn, and senior management's decision. Bound to its {@code owner-evaluation} process instance. */
@Entity
@Table(name = "crm_evaluation")
public class OwnerEvaluation {

  public static final String PROPOSED = "PROPOSED";
  public static final String DECIDED = "DECIDED";
  /** No owner had anything to count in the quarter: nothing for senior management to decide. */
  public static final String EMPTY = "EMPTY";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "quarter")
  private String quarter;

  @Column(name = "status")
  private String status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "decision_definition_id")
  private String decisionDefinitionId;

  @Column(name = "computed_at")
  private Instant computedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  public Long getId() {
    return id;
  }

  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = quarter;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getDecisionDefinitionId() {
    return decisionDefinitionId;
  }

  public void setDecisionDefinitionId(String decisionDefinitionId) {
    this.decisionDefinitionId = decisionDefinitionId;
  }

  public Instant getComputedAt() {
    return computedAt;
  }

  public void setComputedAt(Instant computedAt) {
    this.computedAt = computedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(Instant decidedAt) {
    this.decidedAt = decidedAt;
  }

  public Long getRowVersion() {
    return rowVersion;
  }
}
