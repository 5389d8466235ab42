package com.crmflow.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A risk of a plan version with its assessed level (000 §5). */
@Entity
@Table(name = "crm_plan_risk")
public class PlanRisk {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "description", nullable = false, length = 1000)
  private String description;

  @Column(name = "category", nullable = false, length = 20)
  private String category;

  @Column(name = "likelihood", nullable = false, length = 10)
  private String likelihood;

  @Column(name = "impact", nullable = false, length = 10)
  private String impact;

  @Column(name = "risk_level", nullable = false, length = 10)
  private String level;

  @Column(name = "response", nullable = false, length = 20)
  private String response;

  @Column(name = "owner", length = 100)
  private String owner;

  @Column(name = "response_plan", length = 2000)
  private String responsePlan;

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getLikelihood() {
    return likelihood;
  }

  public void setLikelihood(String likelihood) {
    this.likelihood = likelihood;
  }

  public String getImpact() {
    return impact;
  }

  public void setImpact(String impact) {
    this.impact = impact;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getResponse() {
    return response;
  }

  public void setResponse(String response) {
    this.response = response;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getResponsePlan() {
    return responsePlan;
  }

  public void setResponsePlan(String responsePlan) {
    this.responsePlan = responsePlan;
  }
}
