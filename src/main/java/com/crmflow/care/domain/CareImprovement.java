package com.crmflow.care.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An improvement item (改进事项) of a care activity's summary, with its owner and due date. */
@Entity
@Table(name = "crm_care_improvement")
public class CareImprovement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id")
  private Long activityId;

  @Column(name = "item")
  private String item;

  @Column(name = "owner")
  private String owner;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "result")
  private String result;

  @Column(name = "done_by")
  private String doneBy;

  @Column(name = "done_at")
  private Instant doneAt;

  public Long getId() {
    return id;
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public void setDoneBy(String doneBy) {
    this.doneBy = doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public void setDoneAt(Instant doneAt) {
    this.doneAt = doneAt;
  }
}
