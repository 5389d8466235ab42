package com.crmflow.customer.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One credit evaluation of a customer (信用评估, SPEC P3.7): finance's rating, credit limit, evidence and validity,
 * the risk measures crm-dept set for a rating below the threshold, and its state (see V13__credit_archive.sql).
 */
@Entity
@Table(name = "crm_credit_evaluation")
public class CreditEvaluation {

  public static final String PENDING = "PENDING";
  public static final String MEASURES = "MEASURES";
  public static final String CURRENT = "CURRENT";
  public static final String SUPERSEDED = "SUPERSEDED";
  public static final String EXPIRED = "EXPIRED";

  public static final String REQUEST = "REQUEST";
  public static final String GRADING = "GRADING";
  public static final String EXPIRY = "EXPIRY";
  /** A cooperation agreement drafted for a customer without a valid evaluation (P3.7). */
  public static final String AGREEMENT = "AGREEMENT";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evaluation_number", nullable = false, length = 20)
  private String evaluationNumber;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "open_customer_id")
  private Long openCustomerId;

  @Column(name = "trigger_kind", nullable = false, length = 20)
  private String triggerKind;

  @Column(name = "previous_evaluation_id")
  private Long previousEvaluationId;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "rating", length = 3)
  private String rating;

  @Column(name = "credit_limit", precision = 18, scale = 2)
  private BigDecimal creditLimit;

  @Column(name = "evidence", length = 4000)
  private String evidence;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "evaluated_by", length = 64)
  private String evaluatedBy;

  @Column(name = "evaluated_at")
  private Instant evaluatedAt;

  @Column(name = "risk_measure", length = 20)
  private String riskMeasure;

  @Column(name = "risk_description", length = 4000)
  private String riskDescription;

  @Column(name = "measures_by", length = 64)
  private String measuresBy;

  @Column(name = "measures_at")
  private Instant measuresAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Whether the evaluation is still being worked on (finance or crm-dept). */
  public boolean isOpen() {
    return PENDING.equals(status) || MEASURES.equals(status);
  }

  public Long getId() {
    return id;
  }

  public String getEvaluationNumber() {
    return evaluationNumber;
  }

  public void setEvaluationNumber(String evaluationNumber) {
    this.evaluationNumber = evaluationNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public Long getOpenCustomerId() {
    return openCustomerId;
  }

  public void setOpenCustomerId(Long openCustomerId) {
    this.openCustomerId = openCustomerId;
  }

  public String getTriggerKind() {
    return triggerKind;
  }

  public void setTriggerKind(String triggerKind) {
    this.triggerKind = triggerKind;
  }

  public Long getPreviousEvaluationId() {
    return previousEvaluationId;
  }

  public void setPreviousEvaluationId(Long previousEvaluationId) {
    this.previousEvaluationId = previousEvaluationId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public BigDecimal getCreditLimit() {
    return creditLimit;
  }

  public void setCreditLimit(BigDecimal creditLimit) {
    this.creditLimit = creditLimit;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getEvaluatedBy() {
    return evaluatedBy;
  }

  public void setEvaluatedBy(String evaluatedBy) {
    this.evaluatedBy = evaluatedBy;
  }

  public Instant getEvaluatedAt() {
    return evaluatedAt;
  }

  public void setEvaluatedAt(Instant evaluatedAt) {
    this.evaluatedAt = evaluatedAt;
  }

  public String getRiskMeasure() {
    return riskMeasure;
  }

  public void setRiskMeasure(String riskMeasure) {
    this.riskMeasure = riskMeasure;
  }

  public String getRiskDescription() {
    return riskDescription;
  }

  public void setRiskDescription(String riskDescription) {
    this.riskDescription = riskDescription;
  }

  public String getMeasuresBy() {
    return measuresBy;
  }

  public void setMeasuresBy(String measuresBy) {
    this.measuresBy = measuresBy;
  }

  public Instant getMeasuresAt() {
    return measuresAt;
  }

  public void setMeasuresAt(Instant measuresAt) {
    this.measuresAt = measuresAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(Instant completedAt) {
    this.completedAt = completedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(String requestedBy) {
    this.requestedBy = requestedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
