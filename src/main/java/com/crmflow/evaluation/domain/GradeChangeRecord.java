package com.crmflow.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's grade change as the customer feature published it ({@code CustomerGradeChanged}), with the customer's owner at that moment: the upgrades and new A customers of a quarter (SPEC P7.3). */
@Entity
@Table(name = "crm_evaluation_grade_change")
public class GradeChangeRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "owner")
  private String owner;

  @Column(name = "previous_grade")
  private String previousGrade;

  @Column(name = "new_grade")
  private String newGrade;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getPreviousGrade() {
    return previousGrade;
  }

  public void setPreviousGrade(String previousGrade) {
    this.previousGrade = previousGrade;
  }

  public String getNewGrade() {
    return newGrade;
  }

  public void setNewGrade(String newGrade) {
    this.newGrade = newGrade;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(Instant changedAt) {
    this.changedAt = changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public void setChangedBy(String changedBy) {
    this.changedBy = changedBy;
  }
}
