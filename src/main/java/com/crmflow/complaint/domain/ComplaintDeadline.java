package com.crmflow.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A promised deadline of a complaint: due, warning and escalation times, and the outcome. */
@Entity
@Table(name = "crm_complaint_deadline")
public class ComplaintDeadline {

  public static final String INITIAL_RESPONSE = "INITIAL_RESPONSE";
  public static final String RESULT_FEEDBACK = "RESULT_FEEDBACK";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Column(name = "kind", nullable = false, length = 20)
  private String kind;

  @Column(name = "round_no", nullable = false)
  private Integer roundNo;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "warn_at", nullable = false)
  private Instant warnAt;

  @Column(name = "escalate_at", nullable = false)
  private Instant escalateAt;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "breach_level", nullable = false)
  private Integer breachLevel;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "met")
  private Boolean met;

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Integer getRoundNo() {
    return roundNo;
  }

  public void setRoundNo(Integer roundNo) {
    this.roundNo = roundNo;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public void setDueAt(Instant dueAt) {
    this.dueAt = dueAt;
  }

  public Instant getWarnAt() {
    return warnAt;
  }

  public void setWarnAt(Instant warnAt) {
    this.warnAt = warnAt;
  }

  public Instant getEscalateAt() {
    return escalateAt;
  }

  public void setEscalateAt(Instant escalateAt) {
    this.escalateAt = escalateAt;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public void setWarnedAt(Instant warnedAt) {
    this.warnedAt = warnedAt;
  }

  public Integer getBreachLevel() {
    return breachLevel;
  }

  public void setBreachLevel(Integer breachLevel) {
    this.breachLevel = breachLevel;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(Instant completedAt) {
    this.completedAt = completedAt;
  }

  public Boolean getMet() {
    return met;
  }

  public void setMet(Boolean met) {
    this.met = met;
  }
}
