package com.crmflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The memory of verified logins is keyed by the exact password, also with one HMAC per thread. */
class VerifiedLoginsTest {

  private final VerifiedLogins logins = new VerifiedLogins(new VerifiedLoginsProperties(Duration.ofSeconds(30), 100));

  @Test
  void onlyTheSamePasswordFindsTheLogin() {
    logins.remember("pw-1", new VerifiedLogins.Login("u1", List.of("g"), List.of()));
    assertThat(logins.find("u1", "pw-1")).isNotNull();
    assertThat(logins.find("u1", "pw-1")).as("again: the Mac was reset").isNotNull();
    assertThat(logins.find("u1", "pw-2")).isNull();
    assertThat(logins.find("u2", "pw-1")).isNull();
  }

  @Test
  void manyThreadsAtOnce() throws Exception {
    for (int i = 0; i < 50; i++) {
      logins.remember("pw-" + i, new VerifiedLogins.Login("user" + i, List.of(), List.of()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 200; round++) {
            for (int i = 0; i < 50; i++) {
              if (logins.find("user" + i, "pw-" + i) == null || logins.find("user" + i, "pw-x" + i) != null) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
