package com.crmflow.customer.domain;

import com.crmflow.platform.process.ConflictException;

/**
 * 409: the name or credit code belongs to another customer. The message names neither that customer nor its id:
 * whether the caller may be pointed to it is the API's decision (customer.api.DuplicateAnswer).
 */
public class DuplicateCustomerException extends ConflictException {
  private final String field;
  private final Long existingId;

  public DuplicateCustomerException(String field, Long existingId, String message) {
    super(message);
    this.field = field;
    this.existingId = existingId;
  }

  public String field() {
    return field;
  }

  public Long existingId() {
    return existingId;
  }
}
