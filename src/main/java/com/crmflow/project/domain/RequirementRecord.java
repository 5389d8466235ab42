package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 《客户需求沟通记录》, signed by the customer contact (000 §2(1).3). */
@Entity
@Table(name = "crm_requirement_record")
public class RequirementRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "summary", nullable = false, length = 8000)
  private String summary;

  @Column(name = "related_departments", nullable = false, length = 500)
  private String relatedDepartments;

  @Column(name = "signer_name", nullable = false, length = 100)
  private String signerName;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getRelatedDepartments() {
    return relatedDepartments;
  }

  public void setRelatedDepartments(String relatedDepartments) {
    this.relatedDepartments = relatedDepartments;
  }

  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public void setSignedAt(Instant signedAt) {
    this.signedAt = signedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }
}
