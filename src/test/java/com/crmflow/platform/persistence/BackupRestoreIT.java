package com.crmflow.platform.persistence;

import com.crmflow.testsupport.it.MachinePostgres;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.TestDataKeyset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.crypto.DataProtection;
import com.crmflow.platform.crypto.DataProtection.Purpose;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The documented backup and restore (docker/backup.sh, docker/restore.sh): customers with encrypted contacts are
 * created through the API, backed up with pg_dump (custom format), restored with pg_restore into an empty
 * database, and every customer is found there intact — same rows, same ciphertext, decryptable with the
 * application's keyset — with an unbroken audit chain. Runs on an embedded server of the machine's PostgreSQL
 * installation ({@link MachinePostgres}), its own Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
@Import(BackupRestoreIT.MachineDatabase.class)
@ContextConfiguration(initializers = TestDataKeyset.class)
class BackupRestoreIT {

  static Path bin;

  @BeforeAll
  static void tools() {
    bin = MachinePostgres.bin(); // fails here, with what to install, when the machine has no PostgreSQL
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class MachineDatabase {
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
      return MachinePostgres.start(MachinePostgres.bin());
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
      return postgres.getPostgresDatabase();
    }
  }

  @LocalServerPort int port;
  @Autowired EmbeddedPostgres postgres;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataProtection protection;
  @Autowired IdentityService identityService;

  record Contact(String name, String phone, String email) {}

  @Test
  @Verifies("X.2")
  void aBackupRestoredIntoAnEmptyDatabaseHasEveryCustomerIntactAndDecryptable() throws Exception {
    Map<String, Contact> expected = new HashMap<>();
    for (int i = 1; i <= 3; i++) {
      Contact c = new Contact("联系人" + i + "号", "1380013800" + i, "contact" + i + "@example.com");
      Map<String, Object> body = new HashMap<>();
      body.put("name", "备份测试客户" + i + "有限公司");
      body.put("owner", "zhangwei");
      body.put("industry", "制造业");
      body.put("contacts", List.of(Map.of("name", c.name(), "phone", c.phone(), "email", c.email(), "position", "经理")));
      Rest.Response r = Rest.as(port, "wuxia", "demo").post("/api/customers", body);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      expected.put(c.name(), c);
    }
    JsonNode first = Rest.as(port, "wuxia", "demo").get("/api/customers?name=备份测试客户1").json().path("items").get(0);
    Map<String, Object> complaint = new HashMap<>(Map.of("customerId", first.path("id").asLong(),
        "channel", "hotline", "content", "备份前的投诉", "category", "delivery", "severity", "low",
        "contactPreference", "email", "contactName", "投诉人", "contactEmail", "tousu@example.com"));
    assertThat(Rest.as(port, "huangfang", "demo").post("/api/complaints", complaint).status()).isEqualTo(201);

    Path dir = Files.createDirectories(Path.of("target", "backup-it").toAbsolutePath());
    Path dump = dir.resolve("crm-" + System.nanoTime() + ".dump");
    String database = "restored_" + System.nanoTime();

    Result backup = script("backup.sh", "postgres", dump.toString());
    assertThat(backup.status()).as(backup.output()).isZero();
    assertThat(backup.output()).contains("keyset");
    assertThat(dump).isNotEmptyFile();
    assertThat(Path.of(dump + ".sha256")).exists();
    assertThat(Files.readAllBytes(dump)).as("custom format").startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));

    jdbc.execute("CREATE DATABASE " + database);
    Result restore = script("restore.sh", database, dump.toString());
    assertThat(restore.status()).as(restore.output()).isZero();
    Result again = script("restore.sh", database, dump.toString());
    assertThat(again.status()).as("never over existing data").isNotZero();
    assertThat(again.output()).contains("not empty");

    DataSource restoredDb = postgres.getDatabase("postgres", database);
    JdbcTemplate restored = new JdbcTemplate(restoredDb);
    String customers = "SELECT * FROM crm_customer ORDER BY id";
    String contacts = "SELECT * FROM crm_customer_contact ORDER BY id";
    List<Map<String, Object>> sourceCustomers = jdbc.queryForList(customers);
    assertThat(sourceCustomers).hasSizeGreaterThanOrEqualTo(6); // 3 demo customers + 3 new ones
    assertThat(restored.queryForList(customers)).isEqualTo(sourceCustomers);
    assertThat(restored.queryForList(contacts)).isEqualTo(jdbc.queryForList(contacts));
    assertThat(restored.queryForList("SELECT * FROM crm_complaint ORDER BY id"))
        .isEqualTo(jdbc.queryForList("SELECT * FROM crm_complaint ORDER BY id"));

    // every contact decrypts with the application's keyset, to what was entered
    List<Map<String, Object>> rows = restored.queryForList(contacts);
    assertThat(rows).hasSize(3);
    for (Map<String, Object> row : rows) {
      assertThat((String) row.get("phone")).startsWith(DataProtection.PREFIX);
      String name = protection.decrypt((String) row.get("name"), Purpose.PERSON_NAME);
      Contact c = expected.get(name);
      assertThat(c).as(name).isNotNull();
      assertThat(protection.decrypt((String) row.get("phone"), Purpose.PHONE)).isEqualTo(c.phone());
      assertThat(protection.decrypt((String) row.get("email"), Purpose.EMAIL)).isEqualTo(c.email());
    }
    String complaintEmail = restored.queryForObject("SELECT contact_email FROM crm_complaint WHERE content = '备份前的投诉'",
        String.class);
    assertThat(protection.decrypt(complaintEmail, Purpose.EMAIL)).isEqualTo("tousu@example.com");

    // the audit log came along unbroken, and still refuses changes
    AuditLog restoredAudit = new AuditLog(restored, new DataSourceTransactionManager(restoredDb), identityService);
    AuditLog.Verification v = restoredAudit.verify();
    assertThat(v.valid()).as(v.problem()).isTrue();
    assertThat(v.entries()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM crm_audit_log", Long.class));
    assertThatThrownBy(() -> restored.update("DELETE FROM crm_audit_log")).hasMessageContaining("append-only");
  }

  record Result(int status, String output) {}

  /** Runs docker/SCRIPT against the embedded server with libpq's variables, as an operator would. */
  Result script(String script, String database, String file) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", Path.of("docker", script).toString(), file)
        .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("CRM_"));
    env.put("PGHOST", "localhost");
    env.put("PGPORT", Integer.toString(postgres.getPort()));
    env.put("PGUSER", "postgres");
    env.put("PGDATABASE", database);
    env.put("PG_BIN", bin.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(script + " finished").isTrue();
    return new Result(p.exitValue(), output);
  }
}
