package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An opinion received from the customer and its answer (000 §2(4).2). */
@Entity
@Table(name = "crm_customer_opinion")
public class CustomerOpinion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  @Column(name = "channel", nullable = false, length = 30)
  private String channel;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "answer", length = 4000)
  private String answer;

  @Column(name = "multi_department")
  private Boolean multiDepartment;

  @Column(name = "joint_resolution", length = 4000)
  private String jointResolution;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public Boolean getMultiDepartment() {
    return multiDepartment;
  }

  public void setMultiDepartment(Boolean multiDepartment) {
    this.multiDepartment = multiDepartment;
  }

  public String getJointResolution() {
    return jointResolution;
  }

  public void setJointResolution(String jointResolution) {
    this.jointResolution = jointResolution;
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
}
