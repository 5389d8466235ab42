package com.crmflow.consultation.domain;

import com.crmflow.platform.crypto.PersonalDataConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer's consultation (咨询, SPEC P5.5): how it came in, who asked (a customer of the archive, or an enquirer's
 * company and contact person — the contact is personal data, encrypted in the table), the question, whether the
 * enquirer shows cooperation intent, the response time and the answer; the lead it became.
 */
@Entity
@Table(name = "crm_consultation")
public class Consultation {

  public static final String OPEN = "OPEN";
  public static final String ANSWERED = "ANSWERED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_number")
  private String consultationNumber;

  @Column(name = "channel")
  private String channel;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "company_name")
  private String companyName;

  @Convert(converter = PersonalDataConverter.PersonName.class)
  @Column(name = "contact_name")
  private String contactName;

  @Convert(converter = PersonalDataConverter.Phone.class)
  @Column(name = "contact_phone")
  private String contactPhone;

  @Convert(converter = PersonalDataConverter.Email.class)
  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "question")
  private String question;

  @Column(name = "cooperation_intent")
  private Boolean cooperationIntent;

  @Column(name = "status")
  private String status;

  @Column(name = "received_by")
  private String receivedBy;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "warn_at")
  private Instant warnAt;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "supervise_measures")
  private String superviseMeasures;

  @Column(name = "supervised_by")
  private String supervisedBy;

  /** The second escalation level (senior management), fixed at receipt; null for consultations before V25. */
  @Column(name = "second_level_at")
  private Instant secondLevelAt;

  @Column(name = "senior_escalated_at")
  private Instant seniorEscalatedAt;

  @Column(name = "senior_supervise_measures")
  private String seniorSuperviseMeasures;

  @Column(name = "senior_supervised_by")
  private String seniorSupervisedBy;

  @Column(name = "answer")
  private String answer;

  @Column(name = "answer_way")
  private String answerWay;

  @Column(name = "resolved")
  private Boolean resolved;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "met")
  private Boolean met;

  @Column(name = "lead_number")
  private String leadNumber;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  public Long getId() {
    return id;
  }

  public String getConsultationNumber() {
    return consultationNumber;
  }

  public void setConsultationNumber(String consultationNumber) {
    this.consultationNumber = consultationNumber;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
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

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public Boolean getCooperationIntent() {
    return cooperationIntent;
  }

  public void setCooperationIntent(Boolean cooperationIntent) {
    this.cooperationIntent = cooperationIntent;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public void setReceivedBy(String receivedBy) {
    this.receivedBy = receivedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public void setDueAt(Instant dueAt) {
    this.dueAt = dueAt;
  }

  public Instant getWarnAt() {
    return warnAt;
  }

  public void setWarnAt(Instant warnAt) {
    this.warnAt = warnAt;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public void setWarnedAt(Instant warnedAt) {
    this.warnedAt = warnedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public void setEscalatedAt(Instant escalatedAt) {
    this.escalatedAt = escalatedAt;
  }

  public String getSuperviseMeasures() {
    return superviseMeasures;
  }

  public void setSuperviseMeasures(String superviseMeasures) {
    this.superviseMeasures = superviseMeasures;
  }

  public String getSupervisedBy() {
    return supervisedBy;
  }

  public void setSupervisedBy(String supervisedBy) {
    this.supervisedBy = supervisedBy;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getAnswerWay() {
    return answerWay;
  }

  public void setAnswerWay(String answerWay) {
    this.answerWay = answerWay;
  }

  public Boolean getResolved() {
    return resolved;
  }

  public void setResolved(Boolean resolved) {
    this.resolved = resolved;
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

  public Boolean getMet() {
    return met;
  }

  public void setMet(Boolean met) {
    this.met = met;
  }

  public String getLeadNumber() {
    return leadNumber;
  }

  public void setLeadNumber(String leadNumber) {
    this.leadNumber = leadNumber;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }


  public Instant getSecondLevelAt() {
    return secondLevelAt;
  }

  public void setSecondLevelAt(Instant secondLevelAt) {
    this.secondLevelAt = secondLevelAt;
  }

  public Instant getSeniorEscalatedAt() {
    return seniorEscalatedAt;
  }

  public void setSeniorEscalatedAt(Instant seniorEscalatedAt) {
    this.seniorEscalatedAt = seniorEscalatedAt;
  }

  public String getSeniorSuperviseMeasures() {
    return seniorSuperviseMeasures;
  }

  public void setSeniorSuperviseMeasures(String seniorSuperviseMeasures) {
    this.seniorSuperviseMeasures = seniorSuperviseMeasures;
  }

  public String getSeniorSupervisedBy() {
    return seniorSupervisedBy;
  }

  public void setSeniorSupervisedBy(String seniorSupervisedBy) {
    this.seniorSupervisedBy = seniorSupervisedBy;
  }
}
