package com.crmflow.customer.domain;

import com.crmflow.platform.crypto.PersonalDataConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A contact person of a customer. Name, phone, e-mail and birthday are personal data: encrypted in the table. */
@Entity
@Table(name = "crm_customer_contact")
public class CustomerContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Convert(converter = PersonalDataConverter.PersonName.class)
  @Column(name = "name", nullable = false, length = 1024)
  private String name;

  @Convert(converter = PersonalDataConverter.Phone.class)
  @Column(name = "phone", length = 1024)
  private String phone;

  @Convert(converter = PersonalDataConverter.Email.class)
  @Column(name = "email", length = 1024)
  private String email;

  /** 生日 (optional, ISO yyyy-MM-dd): personal data, encrypted; the owner's birthday wishes (SPEC P8). */
  @Convert(converter = PersonalDataConverter.BirthDate.class)
  @Column(name = "birthday", length = 1024)
  private String birthday;

  /** 职务: a job title, not personal data. */
  @Column(name = "position", length = 100)
  private String position;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDate getBirthday() {
    return birthday == null ? null : LocalDate.parse(birthday);
  }

  public void setBirthday(LocalDate birthday) {
    this.birthday = birthday == null ? null : birthday.toString();
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
