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

/** A customer a generated greeting is for. */
@Entity
@Table(name = "crm_care_greeting_customer")
public class CareGreetingCustomer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "greeting_id")
  private Long greetingId;

  @Column(name = "customer_id")
  private Long customerId;

  public Long getId() {
    return id;
  }

  public Long getGreetingId() {
    return greetingId;
  }

  public void setGreetingId(Long greetingId) {
    this.greetingId = greetingId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }
}
