package com.crmflow.platform.notification;

/** A template that does not exist or cannot be rendered with the given parameters (a programming error). */
public class MailTemplateException extends RuntimeException {

  public MailTemplateException(String message) {
    super(message);
  }
}
