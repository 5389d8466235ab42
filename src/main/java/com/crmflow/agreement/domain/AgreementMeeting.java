package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One coordination meeting of an agreement's execution (协调会议): date, attendees, minutes, decisions. */
@Entity
@Table(name = "crm_agreement_meeting")
public class AgreementMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "execution_id", nullable = false)
  private Long executionId;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(name = "attendees", nullable = false, length = 1000)
  private String attendees;

  @Column(name = "minutes", nullable = false, length = 4000)
  private String minutes;

  @Column(name = "decisions", length = 2000)
  private String decisions;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  public Long getId() {
    return id;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public void setExecutionId(Long executionId) {
    this.executionId = executionId;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public void setMeetingDate(LocalDate meetingDate) {
    this.meetingDate = meetingDate;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
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
