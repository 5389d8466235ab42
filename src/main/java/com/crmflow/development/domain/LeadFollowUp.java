package com.crmflow.development.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One follow-up of a lead (客户跟进, 001 §2(3)): how, what was said, the customer's feedback, problems solved and the next date. */
@Entity
@Table(name = "crm_lead_follow_up")
public class LeadFollowUp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "lead_id")
  private Long leadId;

  @Column(name = "way")
  private String way;

  @Column(name = "contacted_on")
  private LocalDate contactedOn;

  @Column(name = "content")
  private String content;

  @Column(name = "feedback")
  private String feedback;

  @Column(name = "problems_solved")
  private String problemsSolved;

  @Column(name = "next_follow_up_date")
  private LocalDate nextFollowUpDate;

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

  public String getWay() {
    return way;
  }

  public void setWay(String way) {
    this.way = way;
  }

  public LocalDate getContactedOn() {
    return contactedOn;
  }

  public void setContactedOn(LocalDate contactedOn) {
    this.contactedOn = contactedOn;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getProblemsSolved() {
    return problemsSolved;
  }

  public void setProblemsSolved(String problemsSolved) {
    this.problemsSolved = problemsSolved;
  }

  public LocalDate getNextFollowUpDate() {
    return nextFollowUpDate;
  }

  public void setNextFollowUpDate(LocalDate nextFollowUpDate) {
    this.nextFollowUpDate = nextFollowUpDate;
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
