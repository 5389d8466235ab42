package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A task of the plan assigned to an executor (000 §2(3)). */
@Entity
@Table(name = "crm_project_task")
public class ProjectTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "executor", nullable = false, length = 64)
  private String executor;

  @Column(name = "requirements", nullable = false, length = 4000)
  private String requirements;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "quality_standard", nullable = false, length = 2000)
  private String qualityStandard;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "result", length = 4000)
  private String result;

  @Column(name = "rework_count", nullable = false)
  private Integer reworkCount;

  @Column(name = "completed_at")
  private Instant completedAt;

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getExecutor() {
    return executor;
  }

  public void setExecutor(String executor) {
    this.executor = executor;
  }

  public String getRequirements() {
    return requirements;
  }

  public void setRequirements(String requirements) {
    this.requirements = requirements;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getQualityStandard() {
    return qualityStandard;
  }

  public void setQualityStandard(String qualityStandard) {
    this.qualityStandard = qualityStandard;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public Integer getReworkCount() {
    return reworkCount;
  }

  public void setReworkCount(Integer reworkCount) {
    this.reworkCount = reworkCount;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(Instant completedAt) {
    this.completedAt = completedAt;
  }
}
