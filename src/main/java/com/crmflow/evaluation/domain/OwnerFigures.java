package com.crmflow.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The figures of one owner in one quarter (SPEC P7.3): surveys, complaints, return visits, upgrades and new A customers, the rates in percent (2 decimals, null when nothing was counted), and the attitude and teamwork scores (1–5) senior management records with its decision (000 §3(3)). */
@Entity
@Table(name = "crm_evaluation_figure")
public class OwnerFigures {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "evaluation_id")
  private Long evaluationId;

  @Column(name = "owner")
  private String owner;

  @Column(name = "surveys")
  private int surveys;

  @Column(name = "satisfied_surveys")
  private int satisfiedSurveys;

  @Column(name = "satisfaction_rate")
  private BigDecimal satisfactionRate;

  @Column(name = "complaints")
  private int complaints;

  @Column(name = "responses_met")
  private int responsesMet;

  @Column(name = "responses_decided")
  private int responsesDecided;

  @Column(name = "response_rate")
  private BigDecimal responseRate;

  @Column(name = "feedbacks_met")
  private int feedbacksMet;

  @Column(name = "feedbacks_decided")
  private int feedbacksDecided;

  @Column(name = "feedback_rate")
  private BigDecimal feedbackRate;

  @Column(name = "reopened")
  private int reopened;

  @Column(name = "satisfied_verdicts")
  private int satisfiedVerdicts;

  @Column(name = "verdicts")
  private int verdicts;

  @Column(name = "visits_due")
  private int visitsDue;

  @Column(name = "visits_on_time")
  private int visitsOnTime;

  @Column(name = "visit_rate")
  private BigDecimal visitRate;

  @Column(name = "upgrades")
  private int upgrades;

  @Column(name = "new_a_customers")
  private int newACustomers;

  @Column(name = "attitude")
  private Integer attitude;

  @Column(name = "teamwork")
  private Integer teamwork;

  public Long getId() {
    return id;
  }

  public Long getEvaluationId() {
    return evaluationId;
  }

  public void setEvaluationId(Long evaluationId) {
    this.evaluationId = evaluationId;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public int getSurveys() {
    return surveys;
  }

  public void setSurveys(int surveys) {
    this.surveys = surveys;
  }

  public int getSatisfiedSurveys() {
    return satisfiedSurveys;
  }

  public void setSatisfiedSurveys(int satisfiedSurveys) {
    this.satisfiedSurveys = satisfiedSurveys;
  }

  public BigDecimal getSatisfactionRate() {
    return satisfactionRate;
  }

  public void setSatisfactionRate(BigDecimal satisfactionRate) {
    this.satisfactionRate = satisfactionRate;
  }

  public int getComplaints() {
    return complaints;
  }

  public void setComplaints(int complaints) {
    this.complaints = complaints;
  }

  public int getResponsesMet() {
    return responsesMet;
  }

  public void setResponsesMet(int responsesMet) {
    this.responsesMet = responsesMet;
  }

  public int getResponsesDecided() {
    return responsesDecided;
  }

  public void setResponsesDecided(int responsesDecided) {
    this.responsesDecided = responsesDecided;
  }

  public BigDecimal getResponseRate() {
    return responseRate;
  }

  public void setResponseRate(BigDecimal responseRate) {
    this.responseRate = responseRate;
  }

  public int getFeedbacksMet() {
    return feedbacksMet;
  }

  public void setFeedbacksMet(int feedbacksMet) {
    this.feedbacksMet = feedbacksMet;
  }

  public int getFeedbacksDecided() {
    return feedbacksDecided;
  }

  public void setFeedbacksDecided(int feedbacksDecided) {
    this.feedbacksDecided = feedbacksDecided;
  }

  public BigDecimal getFeedbackRate() {
    return feedbackRate;
  }

  public void setFeedbackRate(BigDecimal feedbackRate) {
    this.feedbackRate = feedbackRate;
  }

  public int getReopened() {
    return reopened;
  }

  public void setReopened(int reopened) {
    this.reopened = reopened;
  }

  public int getSatisfiedVerdicts() {
    return satisfiedVerdicts;
  }

  public void setSatisfiedVerdicts(int satisfiedVerdicts) {
    this.satisfiedVerdicts = satisfiedVerdicts;
  }

  public int getVerdicts() {
    return verdicts;
  }

  public void setVerdicts(int verdicts) {
    this.verdicts = verdicts;
  }

  public int getVisitsDue() {
    return visitsDue;
  }

  public void setVisitsDue(int visitsDue) {
    this.visitsDue = visitsDue;
  }

  public int getVisitsOnTime() {
    return visitsOnTime;
  }

  public void setVisitsOnTime(int visitsOnTime) {
    this.visitsOnTime = visitsOnTime;
  }

  public BigDecimal getVisitRate() {
    return visitRate;
  }

  public void setVisitRate(BigDecimal visitRate) {
    this.visitRate = visitRate;
  }

  public int getUpgrades() {
    return upgrades;
  }

  public void setUpgrades(int upgrades) {
    this.upgrades = upgrades;
  }

  public int getNewACustomers() {
    return newACustomers;
  }

  public void setNewACustomers(int newACustomers) {
    this.newACustomers = newACustomers;
  }

  public Integer getAttitude() {
    return attitude;
  }

  public void setAttitude(Integer attitude) {
    this.attitude = attitude;
  }

  public Integer getTeamwork() {
    return teamwork;
  }

  public void setTeamwork(Integer teamwork) {
    this.teamwork = teamwork;
  }
}
