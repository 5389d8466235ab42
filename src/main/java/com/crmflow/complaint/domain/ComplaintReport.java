package com.crmflow.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A stored complaint analysis for a period, with the improvement measures recorded for it. */
@Entity
@Table(name = "crm_complaint_report")
public class ComplaintReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "report_json", nullable = false, length = 1000000)
  private String reportJson;

  @Column(name = "improvement_measures", length = 8000)
  private String improvementMeasures;

  @Column(name = "improvement_departments", length = 500)
  private String improvementDepartments;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  public Long getId() {
    return id;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public String getReportJson() {
    return reportJson;
  }

  public void setReportJson(String reportJson) {
    this.reportJson = reportJson;
  }

  public String getImprovementMeasures() {
    return improvementMeasures;
  }

  public void setImprovementMeasures(String improvementMeasures) {
    this.improvementMeasures = improvementMeasures;
  }

  public String getImprovementDepartments() {
    return improvementDepartments;
  }

  public void setImprovementDepartments(String improvementDepartments) {
    this.improvementDepartments = improvementDepartments;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(Instant recordedAt) {
    this.recordedAt = recordedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }
}
