package com.crmflow.platform.process;

/** A business rule broken by one named input field; REST answers 400 with the field in {@code fields}. */
public class InvalidFieldException extends BusinessRuleException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(field + "：" + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
