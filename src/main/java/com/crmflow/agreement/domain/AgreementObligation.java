package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One obligation item of an agreement's execution (任务分解与责任落实) and its current progress. */
@Entity
@Table(name = "crm_agreement_obligation")
public class AgreementObligation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "execution_id", nullable = false)
  private Long executionId;

  @Column(name = "item_no", nullable = false)
  private int itemNo;

  @Column(name = "content", nullable = false, length = 1000)
  private String content;

  @Column(name = "owner", nullable = false, length = 64)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "clause", length = 200)
  private String clause;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "percentage", nullable = false)
  private int percentage;

  @Column(name = "overdue_level", nullable = false)
  private int overdueLevel;

  @Column(name = "completed_at")
  private Instant completedAt;

  public Long getId() {
    return id;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public void setExecutionId(Long executionId) {
    this.executionId = executionId;
  }

  public int getItemNo() {
    return itemNo;
  }

  public void setItemNo(int itemNo) {
    this.itemNo = itemNo;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getClause() {
    return clause;
  }

  public void setClause(String clause) {
    this.clause = clause;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getPercentage() {
    return percentage;
  }

  public void setPercentage(int percentage) {
    this.percentage = percentage;
  }

  public int getOverdueLevel() {
    return overdueLevel;
  }

  public void setOverdueLevel(int overdueLevel) {
    this.overdueLevel = overdueLevel;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(Instant completedAt) {
    this.completedAt = completedAt;
  }
}
