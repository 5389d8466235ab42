package com.crmflow.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One satisfaction survey of a customer (SPEC P7.1; 000 §2(4).3, 004 §6.2): what started it (trigger and source),
 * the score the source step already asked, the survey itself (way, a 1–5 score per dimension, comments) and, for a
 * low score (P7.2), the improvement task of the owner's manager with its outcome. Bound to its
 * {@code satisfaction-survey} process instance.
 */
@Entity
@Table(name = "crm_survey")
public class SatisfactionSurvey {

  public static final String OPEN = "OPEN";
  public static final String DONE = "DONE";
  public static final String CANCELLED = "CANCELLED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "survey_number", nullable = false)
  private String surveyNumber;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "trigger_kind", nullable = false)
  private String triggerKind;

  @Column(name = "source_ref", nullable = false)
  private String sourceRef;

  @Column(name = "open_key")
  private String openKey;

  @Column(name = "source_score")
  private Integer sourceScore;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "owner")
  private String owner;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "way")
  private String way;

  @Column(name = "quality_score")
  private Integer qualityScore;

  @Column(name = "timeliness_score")
  private Integer timelinessScore;

  @Column(name = "attitude_score")
  private Integer attitudeScore;

  @Column(name = "professionalism_score")
  private Integer professionalismScore;

  @Column(name = "overall_score")
  private Integer overallScore;

  @Column(name = "comments")
  private String comments;

  @Column(name = "surveyed_by")
  private String surveyedBy;

  @Column(name = "surveyed_at")
  private Instant surveyedAt;

  @Column(name = "low_score", nullable = false)
  private boolean lowScore;

  @Column(name = "improvement_assignees")
  private String improvementAssignees;

  @Column(name = "improvement_due_at")
  private Instant improvementDueAt;

  @Column(name = "improvement_outcome")
  private String improvementOutcome;

  @Column(name = "improvement_measures")
  private String improvementMeasures;

  @Column(name = "improved_by")
  private String improvedBy;

  @Column(name = "improved_at")
  private Instant improvedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  public Long getId() {
    return id;
  }

  public String getSurveyNumber() {
    return surveyNumber;
  }

  public void setSurveyNumber(String surveyNumber) {
    this.surveyNumber = surveyNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getTriggerKind() {
    return triggerKind;
  }

  public void setTriggerKind(String triggerKind) {
    this.triggerKind = triggerKind;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(String sourceRef) {
    this.sourceRef = sourceRef;
  }

  public String getOpenKey() {
    return openKey;
  }

  public void setOpenKey(String openKey) {
    this.openKey = openKey;
  }

  public Integer getSourceScore() {
    return sourceScore;
  }

  public void setSourceScore(Integer sourceScore) {
    this.sourceScore = sourceScore;
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

  public String getWay() {
    return way;
  }

  public void setWay(String way) {
    this.way = way;
  }

  public Integer getQualityScore() {
    return qualityScore;
  }

  public void setQualityScore(Integer qualityScore) {
    this.qualityScore = qualityScore;
  }

  public Integer getTimelinessScore() {
    return timelinessScore;
  }

  public void setTimelinessScore(Integer timelinessScore) {
    this.timelinessScore = timelinessScore;
  }

  public Integer getAttitudeScore() {
    return attitudeScore;
  }

  public void setAttitudeScore(Integer attitudeScore) {
    this.attitudeScore = attitudeScore;
  }

  public Integer getProfessionalismScore() {
    return professionalismScore;
  }

  public void setProfessionalismScore(Integer professionalismScore) {
    this.professionalismScore = professionalismScore;
  }

  public Integer getOverallScore() {
    return overallScore;
  }

  public void setOverallScore(Integer overallScore) {
    this.overallScore = overallScore;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public String getSurveyedBy() {
    return surveyedBy;
  }

  public void setSurveyedBy(String surveyedBy) {
    this.surveyedBy = surveyedBy;
  }

  public Instant getSurveyedAt() {
    return surveyedAt;
  }

  public void setSurveyedAt(Instant surveyedAt) {
    this.surveyedAt = surveyedAt;
  }

  public boolean isLowScore() {
    return lowScore;
  }

  public void setLowScore(boolean lowScore) {
    this.lowScore = lowScore;
  }

  public String getImprovementAssignees() {
    return improvementAssignees;
  }

  public void setImprovementAssignees(String improvementAssignees) {
    this.improvementAssignees = improvementAssignees;
  }

  public Instant getImprovementDueAt() {
    return improvementDueAt;
  }

  public void setImprovementDueAt(Instant improvementDueAt) {
    this.improvementDueAt = improvementDueAt;
  }

  public String getImprovementOutcome() {
    return improvementOutcome;
  }

  public void setImprovementOutcome(String improvementOutcome) {
    this.improvementOutcome = improvementOutcome;
  }

  public String getImprovementMeasures() {
    return improvementMeasures;
  }

  public void setImprovementMeasures(String improvementMeasures) {
    this.improvementMeasures = improvementMeasures;
  }

  public String getImprovedBy() {
    return improvedBy;
  }

  public void setImprovedBy(String improvedBy) {
    this.improvedBy = improvedBy;
  }

  public Instant getImprovedAt() {
    return improvedAt;
  }

  public void setImprovedAt(Instant improvedAt) {
    this.improvedAt = improvedAt;
  }
}
