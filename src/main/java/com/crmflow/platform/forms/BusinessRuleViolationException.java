package com.crmflow.platform.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A {@link com.crmflow.platform.process.BusinessRuleException} raised while a task or start form is submitted,
 * surfaced as a {@link FormFieldValidationException} so Camunda's REST API answers 400 with the rule's message.
 */
public class BusinessRuleViolationException extends FormFieldValidationException {

  public BusinessRuleViolationException(String message, Throwable cause) {
    super(null, message, cause);
  }
}
