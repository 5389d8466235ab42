package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One cooperation agreement (SPEC P6): its terms, legal review, signature and status. */
@Entity
@Table(name = "crm_agreement")
public class Agreement {

  public static final String DRAFT = "DRAFT";
  public static final String CHANGES_REQUESTED = "CHANGES_REQUESTED";
  public static final String APPROVED = "APPROVED";
  public static final String IN_FORCE = "IN_FORCE";
  public static final String EXPIRED = "EXPIRED";
  public static final String TERMINATED = "TERMINATED";
  public static final String SUPERSEDED = "SUPERSEDED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_number", nullable = false, length = 20)
  private String agreementNumber;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "parties", nullable = false, length = 1000)
  private String parties;

  @Column(name = "rights_obligations", nullable = false, length = 4000)
  private String rightsObligations;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "payment_terms", nullable = false, length = 2000)
  private String paymentTerms;

  @Column(name = "breach_liability", nullable = false, length = 2000)
  private String breachLiability;

  @Column(name = "drafted_by", nullable = false, length = 64)
  private String draftedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "review_round", nullable = false)
  private int reviewRound;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment", length = 4000)
  private String reviewComment;

  @Column(name = "our_representative", length = 100)
  private String ourRepresentative;

  @Column(name = "customer_representative", length = 100)
  private String customerRepresentative;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "signing_recorded_by", length = 64)
  private String signingRecordedBy;

  @Column(name = "expiry_noticed_at")
  private Instant expiryNoticedAt;

  @Column(name = "termination_reason", length = 2000)
  private String terminationReason;

  @Column(name = "termination_effective_on")
  private LocalDate terminationEffectiveOn;

  @Column(name = "termination_settlement", length = 2000)
  private String terminationSettlement;

  @Column(name = "termination_requested_by", length = 64)
  private String terminationRequestedBy;

  @Column(name = "termination_requested_at")
  private Instant terminationRequestedAt;

  @Column(name = "terminated_by", length = 64)
  private String terminatedBy;

  @Column(name = "terminated_at")
  private Instant terminatedAt;

  @Column(name = "version", nullable = false)
  private int version = 1;

  @Column(name = "previous_agreement_id")
  private Long previousAgreementId;

  public Long getId() {
    return id;
  }

  public String getAgreementNumber() {
    return agreementNumber;
  }

  public void setAgreementNumber(String agreementNumber) {
    this.agreementNumber = agreementNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getParties() {
    return parties;
  }

  public void setParties(String parties) {
    this.parties = parties;
  }

  public String getRightsObligations() {
    return rightsObligations;
  }

  public void setRightsObligations(String rightsObligations) {
    this.rightsObligations = rightsObligations;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getPaymentTerms() {
    return paymentTerms;
  }

  public void setPaymentTerms(String paymentTerms) {
    this.paymentTerms = paymentTerms;
  }

  public String getBreachLiability() {
    return breachLiability;
  }

  public void setBreachLiability(String breachLiability) {
    this.breachLiability = breachLiability;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public void setDraftedBy(String draftedBy) {
    this.draftedBy = draftedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public int getReviewRound() {
    return reviewRound;
  }

  public void setReviewRound(int reviewRound) {
    this.reviewRound = reviewRound;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public void setReviewedBy(String reviewedBy) {
    this.reviewedBy = reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public void setReviewedAt(Instant reviewedAt) {
    this.reviewedAt = reviewedAt;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public void setReviewComment(String reviewComment) {
    this.reviewComment = reviewComment;
  }

  public String getOurRepresentative() {
    return ourRepresentative;
  }

  public void setOurRepresentative(String ourRepresentative) {
    this.ourRepresentative = ourRepresentative;
  }

  public String getCustomerRepresentative() {
    return customerRepresentative;
  }

  public void setCustomerRepresentative(String customerRepresentative) {
    this.customerRepresentative = customerRepresentative;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public String getSigningRecordedBy() {
    return signingRecordedBy;
  }

  public void setSigningRecordedBy(String signingRecordedBy) {
    this.signingRecordedBy = signingRecordedBy;
  }

  public Instant getExpiryNoticedAt() {
    return expiryNoticedAt;
  }

  public void setExpiryNoticedAt(Instant expiryNoticedAt) {
    this.expiryNoticedAt = expiryNoticedAt;
  }

  public String getTerminationReason() {
    return terminationReason;
  }

  public void setTerminationReason(String terminationReason) {
    this.terminationReason = terminationReason;
  }

  public LocalDate getTerminationEffectiveOn() {
    return terminationEffectiveOn;
  }

  public void setTerminationEffectiveOn(LocalDate terminationEffectiveOn) {
    this.terminationEffectiveOn = terminationEffectiveOn;
  }

  public String getTerminationSettlement() {
    return terminationSettlement;
  }

  public void setTerminationSettlement(String terminationSettlement) {
    this.terminationSettlement = terminationSettlement;
  }

  public String getTerminationRequestedBy() {
    return terminationRequestedBy;
  }

  public void setTerminationRequestedBy(String terminationRequestedBy) {
    this.terminationRequestedBy = terminationRequestedBy;
  }

  public Instant getTerminationRequestedAt() {
    return terminationRequestedAt;
  }

  public void setTerminationRequestedAt(Instant terminationRequestedAt) {
    this.terminationRequestedAt = terminationRequestedAt;
  }

  public String getTerminatedBy() {
    return terminatedBy;
  }

  public void setTerminatedBy(String terminatedBy) {
    this.terminatedBy = terminatedBy;
  }

  public Instant getTerminatedAt() {
    return terminatedAt;
  }

  public void setTerminatedAt(Instant terminatedAt) {
    this.terminatedAt = terminatedAt;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public Long getPreviousAgreementId() {
    return previousAgreementId;
  }

  public void setPreviousAgreementId(Long previousAgreementId) {
    this.previousAgreementId = previousAgreementId;
  }
}
