package com.crmflow.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a consultation's journal: received, warned, escalated, supervised, answered, lead. */
@Entity
@Table(name = "crm_consultation_event")
public class ConsultationEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_id")
  private Long consultationId;

  @Column(name = "kind")
  private String kind;

  @Column(name = "note")
  private String note;

  @Column(name = "actor")
  private String actor;

  @Column(name = "created_at")
  private Instant createdAt;

  public Long getId() {
    return id;
  }

  public Long getConsultationId() {
    return consultationId;
  }

  public void setConsultationId(Long consultationId) {
    this.consultationId = consultationId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

}
