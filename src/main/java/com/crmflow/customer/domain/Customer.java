package com.crmflow.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer in the archive (客户档案): master data, grade, owner and grading indicators. */
@Entity
@Table(name = "crm_customer")
public class Customer {

  public static final String STATUS_ACTIVE = "ACTIVE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "industry", length = 100)
  private String industry;

  /** The account manager responsible for this customer (user id), if one is named. */
  @Column(name = "owner", length = 64)
  private String owner;

  @Column(name = "address", length = 500)
  private String address;

  @Column(name = "scale", length = 20)
  private String scale;

  @Column(name = "business_scope", length = 2000)
  private String businessScope;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "grade", length = 1)
  private String grade;

  @Column(name = "status", nullable = false, length = 20)
  private String status = STATUS_ACTIVE;

  @Column(name = "credit_rating", length = 10)
  private String creditRating;

  @Column(name = "annual_purchase_amount", precision = 18, scale = 2)
  private java.math.BigDecimal annualPurchaseAmount;

  @Column(name = "purchase_frequency")
  private Integer purchaseFrequency;

  @Column(name = "profit_contribution", precision = 18, scale = 2)
  private java.math.BigDecimal profitContribution;

  @Column(name = "cooperation_years")
  private Integer cooperationYears;

  @Column(name = "growth_potential")
  private Integer growthPotential;

  @Column(name = "market_influence")
  private Integer marketInfluence;

  @Column(name = "graded_at")
  private Instant gradedAt;

  @Column(name = "next_visit_date")
  private java.time.LocalDate nextVisitDate;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** Optimistic locking: concurrent edits of one customer cannot overwrite each other. */
  @jakarta.persistence.Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getScale() {
    return scale;
  }

  public void setScale(String scale) {
    this.scale = scale;
  }

  public String getBusinessScope() {
    return businessScope;
  }

  public void setBusinessScope(String businessScope) {
    this.businessScope = businessScope;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCreditRating() {
    return creditRating;
  }

  public void setCreditRating(String creditRating) {
    this.creditRating = creditRating;
  }

  public java.math.BigDecimal getAnnualPurchaseAmount() {
    return annualPurchaseAmount;
  }

  public void setAnnualPurchaseAmount(java.math.BigDecimal annualPurchaseAmount) {
    this.annualPurchaseAmount = annualPurchaseAmount;
  }

  public Integer getPurchaseFrequency() {
    return purchaseFrequency;
  }

  public void setPurchaseFrequency(Integer purchaseFrequency) {
    this.purchaseFrequency = purchaseFrequency;
  }

  public java.math.BigDecimal getProfitContribution() {
    return profitContribution;
  }

  public void setProfitContribution(java.math.BigDecimal profitContribution) {
    this.profitContribution = profitContribution;
  }

  public Integer getCooperationYears() {
    return cooperationYears;
  }

  public void setCooperationYears(Integer cooperationYears) {
    this.cooperationYears = cooperationYears;
  }

  public Integer getGrowthPotential() {
    return growthPotential;
  }

  public void setGrowthPotential(Integer growthPotential) {
    this.growthPotential = growthPotential;
  }

  public Integer getMarketInfluence() {
    return marketInfluence;
  }

  public void setMarketInfluence(Integer marketInfluence) {
    this.marketInfluence = marketInfluence;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public void setGradedAt(Instant gradedAt) {
    this.gradedAt = gradedAt;
  }

  public java.time.LocalDate getNextVisitDate() {
    return nextVisitDate;
  }

  public void setNextVisitDate(java.time.LocalDate nextVisitDate) {
    this.nextVisitDate = nextVisitDate;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public long getRowVersion() {
    return rowVersion;
  }
}
