package com.crmflow.care.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A greeting generated a week ahead (生日祝福 of a contact, 节日问候 of an owner's customers); unique per key. */
@Entity
@Table(name = "crm_care_greeting")
public class CareGreeting {

  public static final String BIRTHDAY = "BIRTHDAY";
  public static final String HOLIDAY = "HOLIDAY";
  public static final String OPEN = "OPEN";
  public static final String SENT = "SENT";
  public static final String CANCELLED = "CANCELLED";
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "greeting_key")
  private String greetingKey;

  @Column(name = "kind")
  private String kind;

  @Column(name = "owner")
  private String owner;

  @Column(name = "occasion_on")
  private LocalDate occasionOn;

  @Column(name = "occasion_name")
  private String occasionName;

  @Column(name = "contact_id")
  private Long contactId;

  @Column(name = "status")
  private String status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "channel")
  private String channel;

  @Column(name = "note")
  private String note;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  public Long getId() {
    return id;
  }

  public String getGreetingKey() {
    return greetingKey;
  }

  public void setGreetingKey(String greetingKey) {
    this.greetingKey = greetingKey;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getOccasionOn() {
    return occasionOn;
  }

  public void setOccasionOn(LocalDate occasionOn) {
    this.occasionOn = occasionOn;
  }

  public String getOccasionName() {
    return occasionName;
  }

  public void setOccasionName(String occasionName) {
    this.occasionName = occasionName;
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
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

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getSentBy() {
    return sentBy;
  }

  public void setSentBy(String sentBy) {
    this.sentBy = sentBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public void setSentAt(Instant sentAt) {
    this.sentAt = sentAt;
  }
}
