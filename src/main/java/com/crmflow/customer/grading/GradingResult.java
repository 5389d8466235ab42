package com.crmflow.customer.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The grade of one customer in one run and what explains it: the indicator values, the composite score, the rule
 * version (decision definition id and version of customer-grading.dmn) and the review. Written in bulk by
 * {@link ChunkGrading} (JDBC); read here.
 */
@Entity
@Table(name = "crm_grading_result")
public class GradingResult {

  public static final String UNCHANGED = "UNCHANGED";
  public static final String PROPOSED = "PROPOSED";
  public static final String APPROVED = "APPROVED";
  public static final String OVERRIDDEN = "OVERRIDDEN";
  public static final String APPLIED = "APPLIED";
  public static final String SUPERSEDED = "SUPERSEDED";

  @Id
  private Long id;

  @Column(name = "run_id", nullable = false)
  private Long runId;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "annual_purchase_amount", precision = 18, scale = 2)
  private BigDecimal annualPurchaseAmount;

  @Column(name = "purchase_frequency")
  private Integer purchaseFrequency;

  @Column(name = "profit_contribution", precision = 18, scale = 2)
  private BigDecimal profitContribution;

  @Column(name = "cooperation_years")
  private Integer cooperationYears;

  @Column(name = "growth_potential")
  private Integer growthPotential;

  @Column(name = "market_influence")
  private Integer marketInfluence;

  @Column(name = "score", nullable = false, precision = 7, scale = 2)
  private BigDecimal score;

  @Column(name = "grade", nullable = false, length = 1)
  private String grade;

  @Column(name = "previous_grade", length = 1)
  private String previousGrade;

  @Column(name = "decision_definition_id", nullable = false, length = 64)
  private String decisionDefinitionId;

  @Column(name = "decision_version", nullable = false)
  private int decisionVersion;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "final_grade", length = 1)
  private String finalGrade;

  @Column(name = "review_note", length = 1000)
  private String reviewNote;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "graded_at", nullable = false)
  private Instant gradedAt;

  protected GradingResult() {}

  public Long getId() {
    return id;
  }

  public Long getRunId() {
    return runId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public BigDecimal getAnnualPurchaseAmount() {
    return annualPurchaseAmount;
  }

  public Integer getPurchaseFrequency() {
    return purchaseFrequency;
  }

  public BigDecimal getProfitContribution() {
    return profitContribution;
  }

  public Integer getCooperationYears() {
    return cooperationYears;
  }

  public Integer getGrowthPotential() {
    return growthPotential;
  }

  public Integer getMarketInfluence() {
    return marketInfluence;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getGrade() {
    return grade;
  }

  public String getPreviousGrade() {
    return previousGrade;
  }

  public String getDecisionDefinitionId() {
    return decisionDefinitionId;
  }

  public int getDecisionVersion() {
    return decisionVersion;
  }

  public String getStatus() {
    return status;
  }

  public String getFinalGrade() {
    return finalGrade;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }
}
