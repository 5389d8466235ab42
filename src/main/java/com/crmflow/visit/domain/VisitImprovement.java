package com.crmflow.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An issue raised in a return visit, handled by the responsible department as an improvement task. */
@Entity
@Table(name = "crm_visit_improvement")
public class VisitImprovement {

  public static final String OPEN = "OPEN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id", nullable = false)
  private Long visitId;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "department", nullable = false, length = 50)
  private String department;

  @Column(name = "candidate_group", nullable = false, length = 64)
  private String candidateGroup;

  @Column(name = "issue", nullable = false, length = 4000)
  private String issue;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "result", length = 4000)
  private String result;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "handled_by", length = 64)
  private String handledBy;

  @Column(name = "handled_at")
  private Instant handledAt;

  public Long getId() {
    return id;
  }

  public Long getVisitId() {
    return visitId;
  }

  public void setVisitId(Long visitId) {
    this.visitId = visitId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getCandidateGroup() {
    return candidateGroup;
  }

  public void setCandidateGroup(String candidateGroup) {
    this.candidateGroup = candidateGroup;
  }

  public String getIssue() {
    return issue;
  }

  public void setIssue(String issue) {
    this.issue = issue;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public void setDueAt(Instant dueAt) {
    this.dueAt = dueAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public String getHandledBy() {
    return handledBy;
  }

  public void setHandledBy(String handledBy) {
    this.handledBy = handledBy;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public void setHandledAt(Instant handledAt) {
    this.handledAt = handledAt;
  }
}
