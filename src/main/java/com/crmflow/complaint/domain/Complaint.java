package com.crmflow.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer complaint (SPEC P2): what was received, how it was assessed, investigated and closed. */
@Entity
@Table(name = "crm_complaint")
public class Complaint {

  public static final String RECEIVED = "RECEIVED";
  public static final String IN_PROGRESS = "IN_PROGRESS";
  public static final String CLOSED = "CLOSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_number", nullable = false, length = 20)
  private String complaintNumber;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "channel", nullable = false, length = 20)
  private String channel;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  @Column(name = "category", nullable = false, length = 30)
  private String category;

  @Column(name = "severity", nullable = false, length = 10)
  private String severity;

  @Column(name = "contact_preference", nullable = false, length = 10)
  private String contactPreference;

  // personal data: encrypted in the table (V5); plaintext limits 100/40/200 are checked by ComplaintIntake.ComplaintInput
  @jakarta.persistence.Convert(converter = com.crmflow.platform.crypto.PersonalDataConverter.PersonName.class)
  @Column(name = "contact_name", length = 1024)
  private String contactName;

  @jakarta.persistence.Convert(converter = com.crmflow.platform.crypto.PersonalDataConverter.Phone.class)
  @Column(name = "contact_phone", length = 1024)
  private String contactPhone;

  @jakarta.persistence.Convert(converter = com.crmflow.platform.crypto.PersonalDataConverter.Email.class)
  @Column(name = "contact_email", length = 1024)
  private String contactEmail;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "idempotency_key", length = 100)
  private String idempotencyKey;

  @Column(name = "request_hash", length = 64)
  private String requestHash;

  @Column(name = "assessment_note", length = 4000)
  private String assessmentNote;

  @Column(name = "cause", length = 40)
  private String cause;

  @Column(name = "cause_detail", length = 4000)
  private String causeDetail;

  @Column(name = "responsible_department", length = 100)
  private String responsibleDepartment;

  @Column(name = "responsible_person", length = 100)
  private String responsiblePerson;

  @Column(name = "escalation_level", nullable = false)
  private Integer escalationLevel;

  @Column(name = "reopen_count", nullable = false)
  private Integer reopenCount;

  @Column(name = "satisfied")
  private Boolean satisfied;

  @Column(name = "satisfaction_score")
  private Integer satisfactionScore;

  @Column(name = "survey_score")
  private Integer surveyScore;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  public Long getId() {
    return id;
  }

  public String getComplaintNumber() {
    return complaintNumber;
  }

  public void setComplaintNumber(String complaintNumber) {
    this.complaintNumber = complaintNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getContactPreference() {
    return contactPreference;
  }

  public void setContactPreference(String contactPreference) {
    this.contactPreference = contactPreference;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public void setRequestHash(String requestHash) {
    this.requestHash = requestHash;
  }

  public String getAssessmentNote() {
    return assessmentNote;
  }

  public void setAssessmentNote(String assessmentNote) {
    this.assessmentNote = assessmentNote;
  }

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = cause;
  }

  public String getCauseDetail() {
    return causeDetail;
  }

  public void setCauseDetail(String causeDetail) {
    this.causeDetail = causeDetail;
  }

  public String getResponsibleDepartment() {
    return responsibleDepartment;
  }

  public void setResponsibleDepartment(String responsibleDepartment) {
    this.responsibleDepartment = responsibleDepartment;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public void setResponsiblePerson(String responsiblePerson) {
    this.responsiblePerson = responsiblePerson;
  }

  public Integer getEscalationLevel() {
    return escalationLevel;
  }

  public void setEscalationLevel(Integer escalationLevel) {
    this.escalationLevel = escalationLevel;
  }

  public Integer getReopenCount() {
    return reopenCount;
  }

  public void setReopenCount(Integer reopenCount) {
    this.reopenCount = reopenCount;
  }

  public Boolean getSatisfied() {
    return satisfied;
  }

  public void setSatisfied(Boolean satisfied) {
    this.satisfied = satisfied;
  }

  public Integer getSatisfactionScore() {
    return satisfactionScore;
  }

  public void setSatisfactionScore(Integer satisfactionScore) {
    this.satisfactionScore = satisfactionScore;
  }

  public Integer getSurveyScore() {
    return surveyScore;
  }

  public void setSurveyScore(Integer surveyScore) {
    this.surveyScore = surveyScore;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }
}
