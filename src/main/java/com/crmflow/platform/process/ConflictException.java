package com.crmflow.platform.process;

/**
 * The request contradicts the record's current state, e.g. it was changed by someone else meanwhile or an earlier
 * request with the same key created something else; the message is Chinese (REST 409).
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
