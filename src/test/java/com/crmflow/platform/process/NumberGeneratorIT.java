package com.crmflow.platform.process;

import com.crmflow.testsupport.it.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.NumberGenerator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Yearly numbers on PostgreSQL: unique and ascending, without one intake waiting for another's commit (issue 9). */
@IntegrationTest
class NumberGeneratorIT {

  @Autowired NumberGenerator numbers;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  private String inTransaction(String prefix) {
    return new TransactionTemplate(transactions).execute(s -> numbers.next(prefix, 4));
  }

  private static long counter(String number) {
    return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
  }

  @Test
  void aNumberIsDrawnWhileAnotherTransactionThatDrewOneIsStillOpen() throws Exception {
    CountDownLatch drawn = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // a long intake: draws its number and keeps its transaction open
      Future<String> slow = pool.submit(() -> new TransactionTemplate(transactions).execute(s -> {
        String n = numbers.next("TSA", 4);
        drawn.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return n;
      }));
      assertThat(drawn.await(30, TimeUnit.SECONDS)).isTrue();
      // with the former counter row this call waited for the slow transaction's commit (and here: forever)
      ExecutorService other = Executors.newSingleThreadExecutor();
      try {
        Future<String> quick = other.submit(() -> inTransaction("TSA"));
        String q = quick.get(20, TimeUnit.SECONDS);
        release.countDown();
        String s = slow.get(30, TimeUnit.SECONDS);
        assertThat(counter(q)).isGreaterThan(counter(s));
      } finally {
        release.countDown();
        other.shutdownNow();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentDrawsAreUniqueAndAscendingPerThread() throws Exception {
    int threads = 8;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<String> all = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          long previous = 0;
          for (int i = 0; i < each; i++) {
            String n = inTransaction("TSB");
            assertThat(counter(n)).isGreaterThan(previous);
            previous = counter(n);
            all.add(n);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(all).hasSize(threads * each).doesNotHaveDuplicates()
        .allSatisfy(n -> assertThat(n).matches("TSB-" + year + "-\\d{4,}"));
  }

  @Test
  void aRolledBackDrawLeavesAGapNeverADuplicate() {
    String first = inTransaction("TSC");
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
      numbers.next("TSC", 4);
      throw new IllegalStateException("intake failed after drawing its number");
    })).isInstanceOf(IllegalStateException.class);
    String third = inTransaction("TSC");
    assertThat(counter(third)).isEqualTo(counter(first) + 2);
  }

  @Test
  void aYearNumberedWithTheFormerCounterContinuesAfterIt() {
    int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
    jdbc.update("INSERT INTO crm_number_sequence (prefix, seq_year, last_value) VALUES ('TSD', ?, 41)", year);
    assertThat(inTransaction("TSD")).isEqualTo("TSD-" + year + "-0042");
  }

  @Test
  void outsideATransactionOrWithAStrangePrefixNothingIsDrawn() {
    assertThatThrownBy(() -> numbers.next("TSE", 4)).isInstanceOf(IllegalTransactionStateException.class);
    assertThatThrownBy(() -> inTransaction("x'; DROP TABLE crm_customer; --"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
