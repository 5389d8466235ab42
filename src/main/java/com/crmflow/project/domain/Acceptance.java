package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An acceptance round; a passed one is the signed 《项目验收报告》 (000 §2(5).2-3). */
@Entity
@Table(name = "crm_acceptance")
public class Acceptance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "round_no", nullable = false)
  private Integer roundNo;

  @Column(name = "result_report", nullable = false, length = 8000)
  private String resultReport;

  @Column(name = "documents", length = 4000)
  private String documents;

  @Column(name = "applied_by", length = 64)
  private String appliedBy;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "quality", length = 20)
  private String quality;

  @Column(name = "quantity", length = 20)
  private String quantity;

  @Column(name = "delivery_time", length = 20)
  private String deliveryTime;

  @Column(name = "service_level", length = 20)
  private String serviceLevel;

  @Column(name = "passed")
  private Boolean passed;

  @Column(name = "customer_opinion", length = 4000)
  private String customerOpinion;

  @Column(name = "signer_name", length = 100)
  private String signerName;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "rectification", length = 4000)
  private String rectification;

  @Column(name = "rectified_at")
  private Instant rectifiedAt;

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public Integer getRoundNo() {
    return roundNo;
  }

  public void setRoundNo(Integer roundNo) {
    this.roundNo = roundNo;
  }

  public String getResultReport() {
    return resultReport;
  }

  public void setResultReport(String resultReport) {
    this.resultReport = resultReport;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public void setAppliedBy(String appliedBy) {
    this.appliedBy = appliedBy;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public void setAppliedAt(Instant appliedAt) {
    this.appliedAt = appliedAt;
  }

  public String getQuality() {
    return quality;
  }

  public void setQuality(String quality) {
    this.quality = quality;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getDeliveryTime() {
    return deliveryTime;
  }

  public void setDeliveryTime(String deliveryTime) {
    this.deliveryTime = deliveryTime;
  }

  public String getServiceLevel() {
    return serviceLevel;
  }

  public void setServiceLevel(String serviceLevel) {
    this.serviceLevel = serviceLevel;
  }

  public Boolean getPassed() {
    return passed;
  }

  public void setPassed(Boolean passed) {
    this.passed = passed;
  }

  public String getCustomerOpinion() {
    return customerOpinion;
  }

  public void setCustomerOpinion(String customerOpinion) {
    this.customerOpinion = customerOpinion;
  }

  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(Instant decidedAt) {
    this.decidedAt = decidedAt;
  }

  public String getRectification() {
    return rectification;
  }

  public void setRectification(String rectification) {
    this.rectification = rectification;
  }

  public Instant getRectifiedAt() {
    return rectifiedAt;
  }

  public void setRectifiedAt(Instant rectifiedAt) {
    this.rectifiedAt = rectifiedAt;
  }
}
