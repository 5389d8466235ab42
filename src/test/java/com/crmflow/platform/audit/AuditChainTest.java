package com.crmflow.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.platform.audit.AuditLog.Verification;
import com.crmflow.testsupport.Verifies;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit log's hash chain on the real table (H2, which has no guard trigger — exactly the case where only the
 * chain shows tampering): a changed, removed or inserted entry is found and named; concurrent writers still form
 * one unbroken chain.
 */
@Verifies("X.2")
class AuditChainTest {

  JdbcTemplate jdbc;
  AuditLog audit;

  @BeforeEach
  void database() {
    DataSource ds = new DriverManagerDataSource("jdbc:h2:mem:audit-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(ds);
    audit = new AuditLog(jdbc, new DataSourceTransactionManager(ds), Mockito.mock(IdentityService.class));
  }

  void entries(int n) {
    for (int i = 1; i <= n; i++) {
      audit.record("zhangwei", AuditLog.READ, "customer", i, "customer with 1 contact(s)");
    }
  }

  @Test
  void anUntouchedLogVerifies() {
    assertThat(audit.verify().valid()).as("empty").isTrue();
    entries(5);
    Verification v = audit.verify();
    assertThat(v.valid()).isTrue();
    assertThat(v.entries()).isEqualTo(5);
    assertThat(v.headSeq()).isEqualTo(5);
    assertThat(audit.query(new AuditLog.Filter("customer", "3", null, null, null), 0, 10))
        .singleElement().satisfies(e -> {
          assertThat(e.actor()).isEqualTo("zhangwei");
          assertThat(e.clientAddress()).isEqualTo("internal");
          assertThat(e.seq()).isEqualTo(3);
        });
    assertThat(audit.count(new AuditLog.Filter(null, null, "lina", null, null))).isZero();
  }

  @Test
  void aChangedEntryIsFound() {
    entries(5);
    jdbc.update("UPDATE crm_audit_log SET actor = 'lina' WHERE seq = 3");
    Verification v = audit.verify();
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(3);
    assertThat(v.problem()).contains("changed");
  }

  @Test
  void aChangedEntryWhoseHashWasRecomputedBreaksTheLinkOfTheNextOne() {
    entries(5);
    var e = audit.query(new AuditLog.Filter(null, "3", null, null, null), 0, 1).get(0);
    String forged = AuditLog.hash(3, e.at(), "lina", e.clientAddress(), e.action(), e.entityType(), e.entityId(),
        e.details(), e.prevHash());
    jdbc.update("UPDATE crm_audit_log SET actor = 'lina', hash = ? WHERE seq = 3", forged);
    Verification v = audit.verify();
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(4);
    assertThat(v.problem()).contains("does not link");
  }

  @Test
  void aRemovedEntryIsFoundInTheMiddleAndAtTheEnd() {
    entries(5);
    jdbc.update("DELETE FROM crm_audit_log WHERE seq = 2");
    assertThat(audit.verify().problem()).contains("entry 2 is missing");
    jdbc.update("DELETE FROM crm_audit_log WHERE seq >= 2");
    Verification tail = audit.verify();
    assertThat(tail.valid()).isFalse();
    assertThat(tail.problem()).contains("removed");
  }

  @Test
  void concurrentWritersFormOneChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 25; i++) {
          audit.record("user" + thread, AuditLog.UPDATE, "customer", i, "fields: industry");
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    Verification v = audit.verify();
    assertThat(v.valid()).as(v.problem()).isTrue();
    assertThat(v.entries()).isEqualTo(100);
  }
}
