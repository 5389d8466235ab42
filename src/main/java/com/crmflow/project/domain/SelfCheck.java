package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The lead's self-check before acceptance (000 §2(5).1). */
@Entity
@Table(name = "crm_self_check")
public class SelfCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "passed", nullable = false)
  private Boolean passed;

  @Column(name = "findings", length = 4000)
  private String findings;

  @Column(name = "checked_by", length = 64)
  private String checkedBy;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public Boolean getPassed() {
    return passed;
  }

  public void setPassed(Boolean passed) {
    this.passed = passed;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public void setCheckedBy(String checkedBy) {
    this.checkedBy = checkedBy;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public void setCheckedAt(Instant checkedAt) {
    this.checkedAt = checkedAt;
  }
}
