package com.crmflow.care.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A care activity (关怀活动, SPEC P8): the plan, its execution and its summary; one care-activity process instance. */
@Entity
@Table(name = "crm_care_activity")
public class CareActivity {

  public static final String PLANNED = "PLANNED";
  public static final String INVITING = "INVITING";
  public static final String EXECUTING = "EXECUTING";
  public static final String SUMMARIZING = "SUMMARIZING";
  public static final String IMPROVING = "IMPROVING";
  public static final String DONE = "DONE";
  public static final String CANCELLED = "CANCELLED";
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_number")
  private String activityNumber;

  @Column(name = "kind")
  private String kind;

  @Column(name = "title")
  private String title;

  @Column(name = "planned_on")
  private LocalDate plannedOn;

  @Column(name = "place")
  private String place;

  @Column(name = "content")
  private String content;

  @Column(name = "budget")
  private BigDecimal budget;

  @Column(name = "target_mode")
  private String targetMode;

  @Column(name = "target_grades")
  private String targetGrades;

  @Column(name = "status")
  private String status;

  @Column(name = "organizer")
  private String organizer;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "executed_by")
  private String executedBy;

  @Column(name = "executed_at")
  private Instant executedAt;

  @Column(name = "execution_notes")
  private String executionNotes;

  @Column(name = "score")
  private Integer score;

  @Column(name = "summary")
  private String summary;

  @Column(name = "evaluation")
  private String evaluation;

  @Column(name = "summarized_by")
  private String summarizedBy;

  @Column(name = "summarized_at")
  private Instant summarizedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  public Long getId() {
    return id;
  }

  public String getActivityNumber() {
    return activityNumber;
  }

  public void setActivityNumber(String activityNumber) {
    this.activityNumber = activityNumber;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public void setPlannedOn(LocalDate plannedOn) {
    this.plannedOn = plannedOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(BigDecimal budget) {
    this.budget = budget;
  }

  public String getTargetMode() {
    return targetMode;
  }

  public void setTargetMode(String targetMode) {
    this.targetMode = targetMode;
  }

  public String getTargetGrades() {
    return targetGrades;
  }

  public void setTargetGrades(String targetGrades) {
    this.targetGrades = targetGrades;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getOrganizer() {
    return organizer;
  }

  public void setOrganizer(String organizer) {
    this.organizer = organizer;
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

  public String getExecutedBy() {
    return executedBy;
  }

  public void setExecutedBy(String executedBy) {
    this.executedBy = executedBy;
  }

  public Instant getExecutedAt() {
    return executedAt;
  }

  public void setExecutedAt(Instant executedAt) {
    this.executedAt = executedAt;
  }

  public String getExecutionNotes() {
    return executionNotes;
  }

  public void setExecutionNotes(String executionNotes) {
    this.executionNotes = executionNotes;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getEvaluation() {
    return evaluation;
  }

  public void setEvaluation(String evaluation) {
    this.evaluation = evaluation;
  }

  public String getSummarizedBy() {
    return summarizedBy;
  }

  public void setSummarizedBy(String summarizedBy) {
    this.summarizedBy = summarizedBy;
  }

  public Instant getSummarizedAt() {
    return summarizedAt;
  }

  public void setSummarizedAt(Instant summarizedAt) {
    this.summarizedAt = summarizedAt;
  }

  public long getRowVersion() {
    return rowVersion;
  }
}
