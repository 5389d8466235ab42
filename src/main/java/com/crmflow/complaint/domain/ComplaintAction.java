package com.crmflow.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Corrective and preventive action of a complaint, and its follow-up check (001 §5(3).4). */
@Entity
@Table(name = "crm_complaint_action")
public class ComplaintAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Column(name = "corrective", nullable = false, length = 4000)
  private String corrective;

  @Column(name = "preventive", nullable = false, length = 4000)
  private String preventive;

  @Column(name = "owner", nullable = false, length = 100)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "recurred")
  private Boolean recurred;

  @Column(name = "follow_up_note", length = 4000)
  private String followUpNote;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Column(name = "created_by", length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public String getCorrective() {
    return corrective;
  }

  public void setCorrective(String corrective) {
    this.corrective = corrective;
  }

  public String getPreventive() {
    return preventive;
  }

  public void setPreventive(String preventive) {
    this.preventive = preventive;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Boolean getRecurred() {
    return recurred;
  }

  public void setRecurred(Boolean recurred) {
    this.recurred = recurred;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }

  public void setFollowUpNote(String followUpNote) {
    this.followUpNote = followUpNote;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public void setCheckedAt(Instant checkedAt) {
    this.checkedAt = checkedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
