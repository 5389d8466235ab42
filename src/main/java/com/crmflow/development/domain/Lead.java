package com.crmflow.development.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A sales lead (销售线索) of customer development (SPEC P5): where it came from, the company as captured, its owner, stage and outcome. The company itself is a customer of grade D in the archive ({@link #getCustomerId()}). */
@Entity
@Table(name = "crm_lead")
public class Lead {

  public static final String CAPTURED = "CAPTURED";
  public static final String VISIT_PLANNED = "VISIT_PLANNED";
  public static final String VISIT_CONFIRMED = "VISIT_CONFIRMED";
  public static final String VISITED = "VISITED";
  public static final String FOLLOWING_UP = "FOLLOWING_UP";
  public static final String CONVERTED = "CONVERTED";
  public static final String CLOSED = "CLOSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "lead_number")
  private String leadNumber;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "channel")
  private String channel;

  @Column(name = "referrer")
  private String referrer;

  @Column(name = "company_name")
  private String companyName;

  @Column(name = "credit_code")
  private String creditCode;

  @Column(name = "industry")
  private String industry;

  @Column(name = "scale")
  private String scale;

  @Column(name = "needs")
  private String needs;

  @Column(name = "background")
  private String background;

  /** The consultation (CSL-…) a lead of channel consultation came from, else null. */
  @Column(name = "source_reference")
  private String sourceReference;

  @Column(name = "owner")
  private String owner;

  @Column(name = "status")
  private String status;

  @Column(name = "intention")
  private String intention;

  @Column(name = "next_step")
  private String nextStep;

  @Column(name = "captured_by")
  private String capturedBy;

  @Column(name = "captured_at")
  private Instant capturedAt;

  @Column(name = "last_contact_at")
  private Instant lastContactAt;

  @Column(name = "next_follow_up_date")
  private LocalDate nextFollowUpDate;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "supervise_measures")
  private String superviseMeasures;

  @Column(name = "supervised_by")
  private String supervisedBy;

  @Column(name = "supervised_at")
  private Instant supervisedAt;

  @Column(name = "outcome")
  private String outcome;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  public Long getId() {
    return id;
  }

  public String getLeadNumber() {
    return leadNumber;
  }

  public void setLeadNumber(String leadNumber) {
    this.leadNumber = leadNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getReferrer() {
    return referrer;
  }

  public void setReferrer(String referrer) {
    this.referrer = referrer;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public String getScale() {
    return scale;
  }

  public void setScale(String scale) {
    this.scale = scale;
  }

  public String getNeeds() {
    return needs;
  }

  public void setNeeds(String needs) {
    this.needs = needs;
  }

  public String getSourceReference() {
    return sourceReference;
  }

  public void setSourceReference(String sourceReference) {
    this.sourceReference = sourceReference;
  }

  public String getBackground() {
    return background;
  }

  public void setBackground(String background) {
    this.background = background;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getIntention() {
    return intention;
  }

  public void setIntention(String intention) {
    this.intention = intention;
  }

  public String getNextStep() {
    return nextStep;
  }

  public void setNextStep(String nextStep) {
    this.nextStep = nextStep;
  }

  public String getCapturedBy() {
    return capturedBy;
  }

  public void setCapturedBy(String capturedBy) {
    this.capturedBy = capturedBy;
  }

  public Instant getCapturedAt() {
    return capturedAt;
  }

  public void setCapturedAt(Instant capturedAt) {
    this.capturedAt = capturedAt;
  }

  public Instant getLastContactAt() {
    return lastContactAt;
  }

  public void setLastContactAt(Instant lastContactAt) {
    this.lastContactAt = lastContactAt;
  }

  public LocalDate getNextFollowUpDate() {
    return nextFollowUpDate;
  }

  public void setNextFollowUpDate(LocalDate nextFollowUpDate) {
    this.nextFollowUpDate = nextFollowUpDate;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public void setEscalatedAt(Instant escalatedAt) {
    this.escalatedAt = escalatedAt;
  }

  public String getSuperviseMeasures() {
    return superviseMeasures;
  }

  public void setSuperviseMeasures(String superviseMeasures) {
    this.superviseMeasures = superviseMeasures;
  }

  public String getSupervisedBy() {
    return supervisedBy;
  }

  public void setSupervisedBy(String supervisedBy) {
    this.supervisedBy = supervisedBy;
  }

  public Instant getSupervisedAt() {
    return supervisedAt;
  }

  public void setSupervisedAt(Instant supervisedAt) {
    this.supervisedAt = supervisedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public void setOutcomeReason(String outcomeReason) {
    this.outcomeReason = outcomeReason;
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

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }
}
