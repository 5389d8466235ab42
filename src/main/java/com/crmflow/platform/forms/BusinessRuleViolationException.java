package com.crmflow.platform.forms;

import org.camunda.bpm.engine.exception.NotValidException;

/** A {@link com.crmflow.platform.process.BusinessRuleException} surfaced as a 400 by the REST API. */
public class BusinessRuleViolationException extends NotValidException {

  public BusinessRuleViolationException(String message, Throwable cause) {
    super(message, cause);
  }
}
