package com.crmflow.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a customer's owner (责任人) and the handover to the new owner. */
@Entity
@Table(name = "crm_customer_owner_change")
public class OwnerChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "previous_owner", length = 64)
  private String previousOwner;

  @Column(name = "new_owner", nullable = false, length = 64)
  private String newOwner;

  /** The customer's grade when the owner changed. */
  @Column(name = "grade", length = 1)
  private String grade;

  @Column(name = "reason", nullable = false, length = 500)
  private String reason;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /** The grading run that made the change (null for other changes). */
  @Column(name = "run_id")
  private Long runId;

  /** Number of the handover task within the run: 1, 2, … */
  @Column(name = "handover_seq")
  private Integer handoverSeq;

  @Column(name = "handover_completed_at")
  private Instant handoverCompletedAt;

  @Column(name = "handover_completed_by", length = 64)
  private String handoverCompletedBy;

  @Column(name = "handover_note", length = 2000)
  private String handoverNote;

  protected OwnerChange() {}

  public OwnerChange(Long customerId, String previousOwner, String newOwner, String grade, String reason,
      String changedBy, Instant changedAt) {
    this.customerId = customerId;
    this.previousOwner = previousOwner;
    this.newOwner = newOwner;
    this.grade = grade;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getPreviousOwner() {
    return previousOwner;
  }

  public String getNewOwner() {
    return newOwner;
  }

  public String getGrade() {
    return grade;
  }

  public String getReason() {
    return reason;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public Long getRunId() {
    return runId;
  }

  public Integer getHandoverSeq() {
    return handoverSeq;
  }

  public void handoverInRun(Long runId, int seq) {
    this.runId = runId;
    this.handoverSeq = seq;
  }

  public Instant getHandoverCompletedAt() {
    return handoverCompletedAt;
  }

  public String getHandoverCompletedBy() {
    return handoverCompletedBy;
  }

  public String getHandoverNote() {
    return handoverNote;
  }

  public void handoverCompleted(String by, Instant at, String note) {
    this.handoverCompletedBy = by;
    this.handoverCompletedAt = at;
    this.handoverNote = note;
  }
}
