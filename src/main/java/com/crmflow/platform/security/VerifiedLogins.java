package com.crmflow.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * A short-lived memory of HTTP Basic logins that were verified a moment ago, with the user's groups and tenants:
 * without it every request to {@code /engine-rest} and {@code /api} checked the password and loaded groups and
 * tenants again (three queries before any work; issue 9 measured 399 vs 705 requests/s against a bare Camunda).
 *
 * <ul>
 *   <li>The key is the user id and an HMAC of the password under a key made at start (never the password itself),
 *       so a different password is a miss and is checked — and counted by {@link LoginThrottle} — as before.</li>
 *   <li>The throttle is asked before this memory: a user or address that has to wait waits, cached or not.</li>
 *   <li>Any change of users, groups, memberships or tenants ({@link CrmIdentityProvider}: password, profile,
 *       membership, deletion) forgets everything at once and again after its transaction commits, so the next
 *       request is checked against the database. Another node of a cluster forgets at the latest after
 *       {@code crm.security.verified-logins.ttl} (default 30 s).</li>
 * </ul>
 */
@Component
public class VerifiedLogins {

  /** What a verified login grants: the user's Camunda groups and tenants at the time of the check. */
  public record Login(String userId, List<String> groups, List<String> tenants) {}

  private record Key(String userId, String passwordMac) {}

  private final Cache<Key, Login> cache;
  private final boolean enabled;
  private final SecretKeySpec macKey;
  /** One initialised HMAC per thread: looking the algorithm up for every request cost ~2 % of a small read. */
  private final ThreadLocal<Mac> macs;

  public VerifiedLogins(VerifiedLoginsProperties settings) {
    this.enabled = !settings.ttl().isZero() && !settings.ttl().isNegative();
    this.cache = Caffeine.newBuilder().expireAfterWrite(enabled ? settings.ttl() : Duration.ofMillis(1))
        .maximumSize(settings.maxEntries()).build();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.macKey = new SecretKeySpec(secret, "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(macKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The login remembered for exactly this user and password, or null. */
  public Login find(String userId, String password) {
    return enabled ? cache.getIfPresent(key(userId, password)) : null;
  }

  /** Remembers a login whose password the identity service has just accepted. */
  public void remember(String password, Login login) {
    if (enabled) {
      cache.put(key(login.userId(), password), login);
    }
  }

  /**
   * Users, groups, memberships or tenants change: forget every login now and, when called inside an engine
   * command, once more after it commits (a request checked in between would otherwise remember the old state).
   */
  public void identityChanged() {
    cache.invalidateAll();
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, c -> cache.invalidateAll());
    }
  }

  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private Key key(String userId, String password) {
    // doFinal resets the Mac for the next use on this thread
    byte[] digest = macs.get().doFinal((userId + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
    String hex = HexFormat.of().formatHex(digest);
    Arrays.fill(digest, (byte) 0);
    return new Key(userId, hex);
  }
}
