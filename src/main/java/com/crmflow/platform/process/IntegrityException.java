package com.crmflow.platform.process;

/**
 * Stored data failed its integrity check (ciphertext that does not decrypt, a checksum that does not match): it is
 * never served. Answered with HTTP 500 and the message, which is written for staff and names no stored content and no
 * key material.
 */
public class IntegrityException extends RuntimeException {

  public IntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
