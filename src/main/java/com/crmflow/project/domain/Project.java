package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A customer project (SPEC P1); its number is the process business key. */
@Entity
@Table(name = "crm_project")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_number", nullable = false, length = 20)
  private String projectNumber;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "details", nullable = false, length = 4000)
  private String details;

  @Column(name = "background", length = 4000)
  private String background;

  @Column(name = "objectives", length = 4000)
  private String objectives;

  @Column(name = "required_by")
  private LocalDate requiredBy;

  @Column(name = "complexity", nullable = false, length = 20)
  private String complexity;

  @Column(name = "status", nullable = false, length = 30)
  private String status;

  @Column(name = "account_manager", length = 64)
  private String accountManager;

  @Column(name = "project_lead", length = 64)
  private String projectLead;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "contract_number", length = 100)
  private String contractNumber;

  @Column(name = "budget", precision = 15, scale = 2)
  private BigDecimal budget;

  public Long getId() {
    return id;
  }

  public String getProjectNumber() {
    return projectNumber;
  }

  public void setProjectNumber(String projectNumber) {
    this.projectNumber = projectNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public String getBackground() {
    return background;
  }

  public void setBackground(String background) {
    this.background = background;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public LocalDate getRequiredBy() {
    return requiredBy;
  }

  public void setRequiredBy(LocalDate requiredBy) {
    this.requiredBy = requiredBy;
  }

  public String getComplexity() {
    return complexity;
  }

  public void setComplexity(String complexity) {
    this.complexity = complexity;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAccountManager() {
    return accountManager;
  }

  public void setAccountManager(String accountManager) {
    this.accountManager = accountManager;
  }

  public String getProjectLead() {
    return projectLead;
  }

  public void setProjectLead(String projectLead) {
    this.projectLead = projectLead;
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

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public void setAcceptedAt(Instant acceptedAt) {
    this.acceptedAt = acceptedAt;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public void setContractNumber(String contractNumber) {
    this.contractNumber = contractNumber;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(BigDecimal budget) {
    this.budget = budget;
  }
}
