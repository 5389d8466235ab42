package com.crmflow.platform.process;

/** A record asked for by its number or id does not exist; the message is Chinese and names it (REST 404). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
