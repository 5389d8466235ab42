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

/** A target customer of a care activity: the invitation and its reply, attendance, the greeting sent. */
@Entity
@Table(name = "crm_care_target")
public class CareTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id")
  private Long activityId;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "reply")
  private String reply;

  @Column(name = "reply_note")
  private String replyNote;

  @Column(name = "replied_by")
  private String repliedBy;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "attended")
  private Boolean attended;

  @Column(name = "greeted")
  private Boolean greeted;

  @Column(name = "greeting_channel")
  private String greetingChannel;

  @Column(name = "greeted_at")
  private Instant greetedAt;

  public Long getId() {
    return id;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getReplyNote() {
    return replyNote;
  }

  public void setReplyNote(String replyNote) {
    this.replyNote = replyNote;
  }

  public String getRepliedBy() {
    return repliedBy;
  }

  public void setRepliedBy(String repliedBy) {
    this.repliedBy = repliedBy;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }

  public void setRepliedAt(Instant repliedAt) {
    this.repliedAt = repliedAt;
  }

  public Boolean getAttended() {
    return attended;
  }

  public void setAttended(Boolean attended) {
    this.attended = attended;
  }

  public Boolean getGreeted() {
    return greeted;
  }

  public void setGreeted(Boolean greeted) {
    this.greeted = greeted;
  }

  public String getGreetingChannel() {
    return greetingChannel;
  }

  public void setGreetingChannel(String greetingChannel) {
    this.greetingChannel = greetingChannel;
  }

  public Instant getGreetedAt() {
    return greetedAt;
  }

  public void setGreetedAt(Instant greetedAt) {
    this.greetedAt = greetedAt;
  }
}
