package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The execution of one agreement version while it is in force (SPEC P6.4; 001 §7(2)): the record its
 * {@code agreement-execution} instance works on; obligations, meetings and risks hang from it.
 */
@Entity
@Table(name = "crm_agreement_execution")
public class AgreementExecution {

  public static final String RUNNING = "RUNNING";
  public static final String ENDED = "ENDED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "broken_down_by", length = 64)
  private String brokenDownBy;

  @Column(name = "broken_down_at")
  private Instant brokenDownAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = 200)
  private String endReason;

  public Long getId() {
    return id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public void setAgreementId(Long agreementId) {
    this.agreementId = agreementId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public String getBrokenDownBy() {
    return brokenDownBy;
  }

  public void setBrokenDownBy(String brokenDownBy) {
    this.brokenDownBy = brokenDownBy;
  }

  public Instant getBrokenDownAt() {
    return brokenDownAt;
  }

  public void setBrokenDownAt(Instant brokenDownAt) {
    this.brokenDownAt = brokenDownAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public void setEndedAt(Instant endedAt) {
    this.endedAt = endedAt;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }
}
