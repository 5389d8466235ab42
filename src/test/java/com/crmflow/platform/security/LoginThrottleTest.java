package com.crmflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

@Verifies("X.2")
class LoginThrottleTest {

  final AtomicLong nanos = new AtomicLong();
  Instant start = Instant.parse("2026-11-30T01:00:00Z");

  final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleProperties(true, 3, 10, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(15),
          1000),
      new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return start.plusNanos(nanos.get()); }
      },
      nanos::get);

  void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  /** n wrong passwords, each as soon as the throttle lets it through. */
  void fail(String address, String user, int n) {
    for (int i = 0; i < n; i++) {
      advance(throttle.waitTime(address, user));
      throttle.failed(address, user);
    }
  }

  @Test
  void aUserWaitsOnlyAfterThreeFailuresThenTwiceAsLongPerFailureUpToTheCap() {
    fail("10.0.0.1", "wuxia", 3);
    assertThat(throttle.waitTime("10.0.0.2", "wuxia")).isZero();
    fail("10.0.0.1", "wuxia", 1);
    assertThat(throttle.waitTime("10.0.0.2", "wuxia")).isEqualTo(Duration.ofSeconds(2));
    fail("10.0.0.1", "wuxia", 1);
    assertThat(throttle.waitTime("10.0.0.2", "wuxia")).isEqualTo(Duration.ofSeconds(4));
    fail("10.0.0.1", "wuxia", 1);
    assertThat(throttle.waitTime(null, "wuxia")).isEqualTo(Duration.ofSeconds(8));
    fail("10.0.0.1", "wuxia", 50);
    assertThat(throttle.waitTime(null, "wuxia")).isEqualTo(Duration.ofSeconds(60));
    // never for good: after the cap the user may try again
    advance(Duration.ofSeconds(60));
    assertThat(throttle.waitTime("10.0.0.2", "wuxia")).isZero();
  }

  @Test
  void anAddressGuessingManyUsersWaitsAfterTenFailuresWhateverTheUser() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("10.0.0.9", "user" + i);
    }
    assertThat(throttle.waitTime("10.0.0.9", "somebody")).isZero();
    throttle.failed("10.0.0.9", "user10");
    assertThat(throttle.waitTime("10.0.0.9", "somebody")).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.waitTime("10.0.0.8", "somebody")).isZero();
  }

  @Test
  void aCorrectPasswordClearsTheUserButNotTheAddress() {
    fail("10.0.0.3", "lina", 12);
    advance(Duration.ofMinutes(2));
    throttle.succeeded("lina");
    assertThat(throttle.entries()).extracting(LoginThrottle.Entry::key).containsExactly("address:10.0.0.3");
    throttle.failed("10.0.0.3", "lina");
    assertThat(throttle.waitTime("10.0.0.4", "lina")).isZero();
    assertThat(throttle.waitTime("10.0.0.3", "other")).isPositive();
  }

  @Test
  void countsAreForgottenAndCanBeClearedByAnAdministrator() {
    fail("10.0.0.5", "sunli", 5);
    assertThat(throttle.clear("user:sunli")).isTrue();
    assertThat(throttle.clear("user:sunli")).isFalse();
    assertThat(throttle.waitTime(null, "sunli")).isZero();
    fail("10.0.0.5", "sunli", 5);
    advance(Duration.ofMinutes(16));
    assertThat(throttle.entries()).isEmpty();
    fail("10.0.0.5", "sunli", 5);
    throttle.clearAll();
    assertThat(throttle.waitTime("10.0.0.5", "sunli")).isZero();
  }

  @Test
  void switchedOffNothingIsCountedOrRefused() {
    LoginThrottle off = new LoginThrottle(new LoginThrottleProperties(false, 3, 10, Duration.ofSeconds(2),
        Duration.ofSeconds(60), Duration.ofMinutes(15), 1000));
    for (int i = 0; i < 20; i++) {
      off.failed("10.0.0.6", "admin");
    }
    assertThat(off.waitTime("10.0.0.6", "admin")).isZero();
    assertThat(off.entries()).isEmpty();
  }
}
