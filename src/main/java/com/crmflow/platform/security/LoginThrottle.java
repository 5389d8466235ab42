package com.crmflow.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without ever locking an account for good. Failed logins are counted per client
 * address and per user name; after {@code freeFailures} failures of a user ({@code addressFreeFailures} of an
 * address) every further attempt from that address or for that user waits a growing delay ({@code baseDelay}, doubled per failure, at most {@code maxDelay}) counted from
 * the last failure. While a key waits, attempts are refused without checking the password and are not counted, so
 * the real user gets in at most {@code maxDelay} after the last guess. A successful login clears the user's count
 * (not the address's: an attacker's own valid account must not reset the count of the address he guesses from).
 * Counts are forgotten {@code forgetAfter} after a key's last failure, and live in memory only (a restart clears
 * them; several nodes count separately).
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  /** Failures of one key ({@code user:<id>} or {@code address:<ip>}) and until when it has to wait. */
  public record Entry(String key, int failures, Instant lastFailure, Instant blockedUntil) {}

  private final LoginThrottleProperties properties;
  private final Cache<String, Entry> entries;
  private final java.time.Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  public LoginThrottle(LoginThrottleProperties properties) {
    this(properties, java.time.Clock.systemUTC(), Ticker.systemTicker());
  }

  LoginThrottle(LoginThrottleProperties properties, java.time.Clock clock, Ticker ticker) {
    this.properties = properties;
    this.clock = clock;
    this.entries = Caffeine.newBuilder().expireAfterWrite(properties.forgetAfter()).maximumSize(properties.maxEntries())
        .ticker(ticker).build();
  }

  public static String userKey(String userId) {
    return "user:" + userId;
  }

  public static String addressKey(String address) {
    return "address:" + address;
  }

  /** How long a login by {@code userId} from {@code address} (may be null) has to wait; zero if it may try now. */
  public Duration waitTime(String address, String userId) {
    if (!properties.enabled()) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(address, userId)) {
      Entry e = entries.getIfPresent(key);
      if (e != null && e.blockedUntil().isAfter(now)) {
        Duration left = Duration.between(now, e.blockedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait;
  }

  /** A wrong password (or unknown user) from {@code address} for {@code userId}. */
  public void failed(String address, String userId) {
    if (!properties.enabled()) {
      return;
    }
    Instant now = clock.instant();
    for (String key : keys(address, userId)) {
      Entry e = entries.asMap().compute(key, (k, old) -> {
        int failures = old == null ? 1 : old.failures() + 1;
        return new Entry(k, failures, now, now.plus(delayAfter(k, failures)));
      });
      if (e.blockedUntil().isAfter(now)) {
        LOG.warn("Login throttled: {} after {} failed logins (last from {}), next attempt in {} s", key,
            e.failures(), address == null ? "inside the application" : address,
            Duration.between(now, e.blockedUntil()).toSeconds());
      }
    }
  }

  /** A correct password: the user's count starts again; the address keeps its count. */
  public void succeeded(String userId) {
    if (userId != null) {
      entries.invalidate(userKey(userId));
    }
  }

  Duration delayAfter(String key, int failures) {
    int free = key.startsWith("address:") ? properties.addressFreeFailures() : properties.freeFailures();
    int over = failures - free;
    if (over <= 0) {
      return Duration.ZERO;
    }
    Duration delay = properties.baseDelay();
    for (int i = 1; i < over && delay.compareTo(properties.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
  }

  /** Keys with failures, those waiting now first (for administrators: GET /api/admin/login-throttles). */
  public List<Entry> entries() {
    Instant now = clock.instant();
    return entries.asMap().values().stream()
        .sorted(Comparator.comparing((Entry e) -> !e.blockedUntil().isAfter(now))
            .thenComparing(Entry::lastFailure, Comparator.reverseOrder()))
        .toList();
  }

  /** Break-glass: forgets one key ({@code user:<id>}, {@code address:<ip>}); false if it had no failures. */
  public boolean clear(String key) {
    boolean present = entries.asMap().remove(key) != null;
    if (present) {
      LOG.warn("Login throttle cleared by an administrator: {}", key);
    }
    return present;
  }

  /** Break-glass: forgets every count. */
  public void clearAll() {
    entries.invalidateAll();
    LOG.warn("All login throttles cleared by an administrator");
  }

  private static List<String> keys(String address, String userId) {
    if (address == null) {
      return userId == null ? List.of() : List.of(userKey(userId));
    }
    return userId == null ? List.of(addressKey(address)) : List.of(addressKey(address), userKey(userId));
  }
}
