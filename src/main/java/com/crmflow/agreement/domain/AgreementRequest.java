package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A draft another process asked for (a converted lead, SPEC P5.4 → P6.1): the customer is fixed here, bound to the
 * {@code cooperation-agreement} instance whose task 起草合作协议 drafts it.
 */
@Entity
@Table(name = "crm_agreement_request")
public class AgreementRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "source", nullable = false, length = 64)
  private String source;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "agreement_id")
  private Long agreementId;

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(String requestedBy) {
    this.requestedBy = requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public void setRequestedAt(Instant requestedAt) {
    this.requestedAt = requestedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public void setAgreementId(Long agreementId) {
    this.agreementId = agreementId;
  }
}
