package com.crmflow.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused because its user or client address has to wait ({@link LoginThrottle}): 429 + Retry-After. */
public class LoginThrottledException extends AuthenticationException {

  private final Duration waitTime;

  public LoginThrottledException(Duration waitTime) {
    super(message(waitTime));
    this.waitTime = waitTime;
  }

  public Duration waitTime() {
    return waitTime;
  }

  /** Whole seconds, rounded up, at least 1 (the Retry-After value). */
  public long retryAfterSeconds() {
    return retryAfterSeconds(waitTime);
  }

  static long retryAfterSeconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  static String message(Duration wait) {
    return "登录失败次数过多，请在 " + retryAfterSeconds(wait) + " 秒后重试";
  }
}
