package com.crmflow.customer.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One regrading: periodic (every ACTIVE customer, in chunks) or immediate after a major change (one customer). */
@Entity
@Table(name = "crm_grading_run")
public class GradingRun {

  public static final String PERIODIC = "PERIODIC";
  public static final String MAJOR_CHANGE = "MAJOR_CHANGE";

  public static final String GRADING = "GRADING";
  public static final String REVIEW = "REVIEW";
  public static final String APPLYING = "APPLYING";
  public static final String COMPLETED = "COMPLETED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_number", nullable = false, length = 20)
  private String runNumber;

  @Column(name = "trigger_type", nullable = false, length = 20)
  private String triggerType;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "change_type", length = 30)
  private String changeType;

  @Column(name = "change_description", length = 4000)
  private String changeDescription;

  @Column(name = "reported_by", length = 64)
  private String reportedBy;

  @Column(name = "decision_definition_id", nullable = false, length = 64)
  private String decisionDefinitionId;

  @Column(name = "decision_version", nullable = false)
  private int decisionVersion;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "chunk_size", nullable = false)
  private int chunkSize;

  @Column(name = "chunk_count", nullable = false)
  private int chunkCount;

  @Column(name = "customer_count", nullable = false)
  private int customerCount;

  @Column(name = "changed_count")
  private Integer changedCount;

  @Column(name = "applied_count")
  private Integer appliedCount;

  @Column(name = "owner_change_count")
  private Integer ownerChangeCount;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "graded_at")
  private Instant gradedAt;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected GradingRun() {}

  GradingRun(String runNumber, String triggerType, String decisionDefinitionId, int decisionVersion, int chunkSize,
      String processInstanceId, Instant startedAt) {
    this.runNumber = runNumber;
    this.triggerType = triggerType;
    this.decisionDefinitionId = decisionDefinitionId;
    this.decisionVersion = decisionVersion;
    this.chunkSize = chunkSize;
    this.processInstanceId = processInstanceId;
    this.startedAt = startedAt;
    this.status = GRADING;
  }

  void majorChange(Long customerId, String changeType, String description, String reportedBy) {
    this.customerId = customerId;
    this.changeType = changeType;
    this.changeDescription = description;
    this.reportedBy = reportedBy;
  }

  void chunks(int chunkCount, int customerCount) {
    this.chunkCount = chunkCount;
    this.customerCount = customerCount;
  }

  void graded(int changedCount, Instant at) {
    this.changedCount = changedCount;
    this.gradedAt = at;
    this.status = changedCount > 0 ? REVIEW : COMPLETED;
    if (changedCount == 0) {
      this.completedAt = at;
    }
  }

  void reviewed(String by, Instant at) {
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.status = APPLYING;
  }

  void completed(int appliedCount, int ownerChangeCount, Instant at) {
    this.appliedCount = appliedCount;
    this.ownerChangeCount = ownerChangeCount;
    this.completedAt = at;
    this.status = COMPLETED;
  }

  public Long getId() {
    return id;
  }

  public String getRunNumber() {
    return runNumber;
  }

  public String getTriggerType() {
    return triggerType;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getChangeType() {
    return changeType;
  }

  public String getChangeDescription() {
    return changeDescription;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public String getDecisionDefinitionId() {
    return decisionDefinitionId;
  }

  public int getDecisionVersion() {
    return decisionVersion;
  }

  public String getStatus() {
    return status;
  }

  public int getChunkSize() {
    return chunkSize;
  }

  public int getChunkCount() {
    return chunkCount;
  }

  public int getCustomerCount() {
    return customerCount;
  }

  public Integer getChangedCount() {
    return changedCount;
  }

  public Integer getAppliedCount() {
    return appliedCount;
  }

  public Integer getOwnerChangeCount() {
    return ownerChangeCount;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
