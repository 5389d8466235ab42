package com.crmflow.development.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One visit plan of a lead (拜访计划), its confirmation with the customer and the visit record with the intention assessment (001 §2(2)). */
@Entity
@Table(name = "crm_lead_visit")
public class LeadVisit {

  public static final String PLANNED = "PLANNED";
  public static final String CONFIRMED = "CONFIRMED";
  public static final String NOT_CONFIRMED = "NOT_CONFIRMED";
  public static final String DONE = "DONE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "lead_id")
  private Long leadId;

  @Column(name = "purpose")
  private String purpose;

  @Column(name = "planned_date")
  private LocalDate plannedDate;

  @Column(name = "planned_time")
  private String plannedTime;

  @Column(name = "attendees")
  private String attendees;

  @Column(name = "content")
  private String content;

  @Column(name = "materials")
  private String materials;

  @Column(name = "planned_by")
  private String plannedBy;

  @Column(name = "planned_at")
  private Instant plannedAt;

  @Column(name = "status")
  private String status;

  @Column(name = "confirmation_note")
  private String confirmationNote;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "visited_on")
  private LocalDate visitedOn;

  @Column(name = "record")
  private String record;

  @Column(name = "summary")
  private String summary;

  @Column(name = "intention")
  private String intention;

  @Column(name = "next_step")
  private String nextStep;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  public Long getId() {
    return id;
  }

  public Long getLeadId() {
    return leadId;
  }

  public void setLeadId(Long leadId) {
    this.leadId = leadId;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public void setPlannedDate(LocalDate plannedDate) {
    this.plannedDate = plannedDate;
  }

  public String getPlannedTime() {
    return plannedTime;
  }

  public void setPlannedTime(String plannedTime) {
    this.plannedTime = plannedTime;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getMaterials() {
    return materials;
  }

  public void setMaterials(String materials) {
    this.materials = materials;
  }

  public String getPlannedBy() {
    return plannedBy;
  }

  public void setPlannedBy(String plannedBy) {
    this.plannedBy = plannedBy;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public void setPlannedAt(Instant plannedAt) {
    this.plannedAt = plannedAt;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getConfirmationNote() {
    return confirmationNote;
  }

  public void setConfirmationNote(String confirmationNote) {
    this.confirmationNote = confirmationNote;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public void setConfirmedAt(Instant confirmedAt) {
    this.confirmedAt = confirmedAt;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public void setVisitedOn(LocalDate visitedOn) {
    this.visitedOn = visitedOn;
  }

  public String getRecord() {
    return record;
  }

  public void setRecord(String record) {
    this.record = record;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getIntention() {
    return intention;
  }

  public void setIntention(String intention) {
    this.intention = intention;
  }

  public String getNextStep() {
    return nextStep;
  }

  public void setNextStep(String nextStep) {
    this.nextStep = nextStep;
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
}
