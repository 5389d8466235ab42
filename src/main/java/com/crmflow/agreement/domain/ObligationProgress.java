package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One progress report of an obligation's owner (合作项目进度跟踪表). */
@Entity
@Table(name = "crm_agreement_progress")
public class ObligationProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "obligation_id", nullable = false)
  private Long obligationId;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "percentage", nullable = false)
  private int percentage;

  @Column(name = "note", length = 2000)
  private String note;

  @Column(name = "reported_by", nullable = false, length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  public Long getId() {
    return id;
  }

  public Long getObligationId() {
    return obligationId;
  }

  public void setObligationId(Long obligationId) {
    this.obligationId = obligationId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getPercentage() {
    return percentage;
  }

  public void setPercentage(int percentage) {
    this.percentage = percentage;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public void setReportedBy(String reportedBy) {
    this.reportedBy = reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public void setReportedAt(Instant reportedAt) {
    this.reportedAt = reportedAt;
  }
}
