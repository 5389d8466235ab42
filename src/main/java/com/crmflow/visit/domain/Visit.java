package com.crmflow.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One return-visit cycle of a customer (SPEC P4): when it is due, the visit record, overdue state and links. */
@Entity
@Table(name = "crm_visit")
public class Visit {

  public static final String PLANNED = "PLANNED";
  public static final String DUE = "DUE";
  public static final String DONE = "DONE";
  public static final String CANCELLED = "CANCELLED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_number", nullable = false, length = 20)
  private String visitNumber;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "open_customer_id")
  private Long openCustomerId;

  @Column(name = "previous_visit_id")
  private Long previousVisitId;

  @Column(name = "grade", length = 1)
  private String grade;

  @Column(name = "visit_cycle", nullable = false, length = 10)
  private String visitCycle;

  @Column(name = "cycle_from", nullable = false)
  private LocalDate cycleFrom;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "owner", length = 64)
  private String owner;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "overdue_level", nullable = false)
  private int overdueLevel;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "supervise_measures", length = 4000)
  private String superviseMeasures;

  @Column(name = "supervised_by", length = 64)
  private String supervisedBy;

  @Column(name = "supervised_at")
  private Instant supervisedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "visited_by", length = 64)
  private String visitedBy;

  @Column(name = "visit_date")
  private LocalDate visitDate;

  @Column(name = "way", length = 10)
  private String way;

  @Column(name = "project_progress", length = 4000)
  private String projectProgress;

  @Column(name = "satisfaction")
  private Integer satisfaction;

  @Column(name = "changed_needs", length = 4000)
  private String changedNeeds;

  @Column(name = "opinions", length = 4000)
  private String opinions;

  @Column(name = "complaint_raised", nullable = false)
  private boolean complaintRaised;

  @Column(name = "complaint_content", length = 4000)
  private String complaintContent;

  @Column(name = "complaint_category", length = 30)
  private String complaintCategory;

  @Column(name = "complaint_severity", length = 10)
  private String complaintSeverity;

  @Column(name = "complaint_id")
  private Long complaintId;

  @Column(name = "cancel_reason", length = 500)
  private String cancelReason;

  public Long getId() {
    return id;
  }

  public String getVisitNumber() {
    return visitNumber;
  }

  public void setVisitNumber(String visitNumber) {
    this.visitNumber = visitNumber;
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

  public Long getPreviousVisitId() {
    return previousVisitId;
  }

  public void setPreviousVisitId(Long previousVisitId) {
    this.previousVisitId = previousVisitId;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public String getVisitCycle() {
    return visitCycle;
  }

  public void setVisitCycle(String visitCycle) {
    this.visitCycle = visitCycle;
  }

  public LocalDate getCycleFrom() {
    return cycleFrom;
  }

  public void setCycleFrom(LocalDate cycleFrom) {
    this.cycleFrom = cycleFrom;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public void setOpenedAt(Instant openedAt) {
    this.openedAt = openedAt;
  }

  public int getOverdueLevel() {
    return overdueLevel;
  }

  public void setOverdueLevel(int overdueLevel) {
    this.overdueLevel = overdueLevel;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public void setWarnedAt(Instant warnedAt) {
    this.warnedAt = warnedAt;
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

  public Instant getDoneAt() {
    return doneAt;
  }

  public void setDoneAt(Instant doneAt) {
    this.doneAt = doneAt;
  }

  public String getVisitedBy() {
    return visitedBy;
  }

  public void setVisitedBy(String visitedBy) {
    this.visitedBy = visitedBy;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public void setVisitDate(LocalDate visitDate) {
    this.visitDate = visitDate;
  }

  public String getWay() {
    return way;
  }

  public void setWay(String way) {
    this.way = way;
  }

  public String getProjectProgress() {
    return projectProgress;
  }

  public void setProjectProgress(String projectProgress) {
    this.projectProgress = projectProgress;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Integer satisfaction) {
    this.satisfaction = satisfaction;
  }

  public String getChangedNeeds() {
    return changedNeeds;
  }

  public void setChangedNeeds(String changedNeeds) {
    this.changedNeeds = changedNeeds;
  }

  public String getOpinions() {
    return opinions;
  }

  public void setOpinions(String opinions) {
    this.opinions = opinions;
  }

  public boolean isComplaintRaised() {
    return complaintRaised;
  }

  public void setComplaintRaised(boolean complaintRaised) {
    this.complaintRaised = complaintRaised;
  }

  public String getComplaintContent() {
    return complaintContent;
  }

  public void setComplaintContent(String complaintContent) {
    this.complaintContent = complaintContent;
  }

  public String getComplaintCategory() {
    return complaintCategory;
  }

  public void setComplaintCategory(String complaintCategory) {
    this.complaintCategory = complaintCategory;
  }

  public String getComplaintSeverity() {
    return complaintSeverity;
  }

  public void setComplaintSeverity(String complaintSeverity) {
    this.complaintSeverity = complaintSeverity;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
