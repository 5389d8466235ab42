package com.crmflow.platform.process;

/**
 * A rule of the regulation that the submitted data breaks, e.g. a high risk without an owner. The message is
 * Chinese and names the problem; it is shown to the user (Tasklist, REST 400), and the transaction rolls back.
 */
public class BusinessRuleException extends RuntimeException {

  public BusinessRuleException(String message) {
    super(message);
  }
}
