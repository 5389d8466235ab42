package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Feedback after acceptance with improvement measures (000 §2(4).3, 002). */
@Entity
@Table(name = "crm_project_feedback")
public class ProjectFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "satisfaction", nullable = false)
  private Integer satisfaction;

  @Column(name = "feedback", nullable = false, length = 4000)
  private String feedback;

  @Column(name = "improvement_measures", nullable = false, length = 4000)
  private String improvementMeasures;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Column(name = "due_at")
  private Instant dueAt;

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Integer satisfaction) {
    this.satisfaction = satisfaction;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getImprovementMeasures() {
    return improvementMeasures;
  }

  public void setImprovementMeasures(String improvementMeasures) {
    this.improvementMeasures = improvementMeasures;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public void setAnsweredBy(String answeredBy) {
    this.answeredBy = answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public void setAnsweredAt(Instant answeredAt) {
    this.answeredAt = answeredAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public void setDueAt(Instant dueAt) {
    this.dueAt = dueAt;
  }
}
