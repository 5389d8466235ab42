package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One risk of an agreement's risk register (风险防控): identification (description, category), assessment
 * (likelihood × impact → level), measures, owner and status; kept across meetings.
 */
@Entity
@Table(name = "crm_agreement_risk")
public class AgreementRisk {

  public static final String OPEN = "open";
  public static final String CLOSED = "closed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "execution_id", nullable = false)
  private Long executionId;

  @Column(name = "description", nullable = false, length = 1000)
  private String description;

  @Column(name = "category", nullable = false, length = 20)
  private String category;

  @Column(name = "likelihood", nullable = false, length = 10)
  private String likelihood;

  @Column(name = "impact", nullable = false, length = 10)
  private String impact;

  @Column(name = "risk_level", nullable = false, length = 10)
  private String level;

  @Column(name = "measures", nullable = false, length = 2000)
  private String measures;

  @Column(name = "owner", nullable = false, length = 64)
  private String owner;

  @Column(name = "status", nullable = false, length = 10)
  private String status;

  @Column(name = "identified_in_meeting_id", nullable = false)
  private Long identifiedInMeetingId;

  @Column(name = "reviewed_in_meeting_id", nullable = false)
  private Long reviewedInMeetingId;

  @Column(name = "closed_at")
  private Instant closedAt;

  public Long getId() {
    return id;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public void setExecutionId(Long executionId) {
    this.executionId = executionId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getLikelihood() {
    return likelihood;
  }

  public void setLikelihood(String likelihood) {
    this.likelihood = likelihood;
  }

  public String getImpact() {
    return impact;
  }

  public void setImpact(String impact) {
    this.impact = impact;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String measures) {
    this.measures = measures;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getIdentifiedInMeetingId() {
    return identifiedInMeetingId;
  }

  public void setIdentifiedInMeetingId(Long identifiedInMeetingId) {
    this.identifiedInMeetingId = identifiedInMeetingId;
  }

  public Long getReviewedInMeetingId() {
    return reviewedInMeetingId;
  }

  public void setReviewedInMeetingId(Long reviewedInMeetingId) {
    this.reviewedInMeetingId = reviewedInMeetingId;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }
}
