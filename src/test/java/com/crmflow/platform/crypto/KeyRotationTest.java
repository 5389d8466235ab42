package com.crmflow.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.complaint.domain.ComplaintEncryptedColumns;
import com.crmflow.customer.domain.ContactEncryptedColumns;
import com.crmflow.platform.crypto.DataProtection.Purpose;
import com.crmflow.platform.crypto.DataProtection.UnreadableValueException;
import com.crmflow.testsupport.Verifies;
import com.google.crypto.tink.KeysetHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Key rotation end to end on the real tables (H2, our migrations): values of the old key still decrypt after a new
 * primary key is added, the re-encryption job moves every value to the new key in chunks, and then the old key can
 * be removed — the old keyset alone reads nothing any more. Plus the keyset command line and where keys come from.
 */
@Verifies("X.2")
class KeyRotationTest {

  static final int CONTACTS = 1_201; // more than two chunks of the job

  DataSource dataSource;
  JdbcTemplate jdbc;
  long customerId;

  @BeforeEach
  void database() {
    dataSource = new DriverManagerDataSource("jdbc:h2:mem:rotation-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    jdbc.update("INSERT INTO crm_customer (name, owner, created_at) VALUES ('轮换测试客户', 'zhangwei', ?)",
        OffsetDateTime.now());
    customerId = jdbc.queryForObject("SELECT id FROM crm_customer", Long.class);
  }

  /** The key jobs over what the features publish: customer contacts and complaint contacts. */
  ProtectedColumns columns(DataProtection protection) {
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    return new ProtectedColumns(List.of(new ContactEncryptedColumns(jdbc, transactions, protection),
        new ComplaintEncryptedColumns(jdbc, transactions, protection)));
  }

  void insertContact(String name, String phone, String email) {
    jdbc.update("INSERT INTO crm_customer_contact (customer_id, name, phone, email, created_at) VALUES (?, ?, ?, ?, ?)",
        customerId, name, phone, email, OffsetDateTime.now());
  }

  List<Map<String, Object>> contacts() {
    return jdbc.queryForList("SELECT id, name, phone, email FROM crm_customer_contact ORDER BY id");
  }

  @Test
  void afterARotationOldValuesStillDecryptAndTheJobReEncryptsThemSoTheOldKeyCanGo() {
    KeysetHandle original = Keysets.generate();
    DataProtection before = new DataProtection(original);
    int oldKey = before.primaryKeyId();
    for (int i = 0; i < CONTACTS; i++) {
      insertContact(before.encrypt("联系人" + i, Purpose.PERSON_NAME), before.encrypt("1380000" + i, Purpose.PHONE),
          before.encrypt("c" + i + "@example.com", Purpose.EMAIL));
    }
    insertContact("旧明文联系人", "13900000000", null); // a row from before encryption

    // 1. rotate: a new primary key; the old one stays for decryption
    KeysetHandle rotated = Keysets.rotate(original);
    DataProtection after = new DataProtection(rotated);
    assertThat(after.primaryKeyId()).isNotEqualTo(oldKey);
    assertThat(after.keys()).extracting(DataProtection.KeyInfo::id).containsExactly(oldKey, after.primaryKeyId());
    List<Map<String, Object>> rows = contacts();
    for (int i = 0; i < CONTACTS; i++) {
      assertThat(after.decrypt((String) rows.get(i).get("name"), Purpose.PERSON_NAME)).isEqualTo("联系人" + i);
      assertThat(DataProtection.keyIdOf((String) rows.get(i).get("phone"))).isEqualTo(oldKey);
    }
    assertThat(DataProtection.keyIdOf(after.encrypt("x", Purpose.PHONE))).as("new values: new key")
        .isEqualTo(after.primaryKeyId());

    // 2. the job: every value to the new key, plaintext encrypted
    ProtectedColumns columns = columns(after);
    EncryptedColumns.Usage usage = columns.usage();
    assertThat(usage.valuesByKeyId()).containsExactly(Map.entry(oldKey, (long) CONTACTS * 3));
    assertThat(usage.plaintextValues()).isEqualTo(2);
    EncryptedColumns.Result result = columns.reEncryptAll();
    assertThat(result.reEncrypted()).isEqualTo(CONTACTS * 3L);
    assertThat(result.plaintextEncrypted()).isEqualTo(2);
    assertThat(result.unreadable()).isZero();
    assertThat(columns.usage().valuesByKeyId()).containsExactly(Map.entry(after.primaryKeyId(), CONTACTS * 3L + 2));
    assertThat(columns.usage().plaintextValues()).isZero();
    assertThat(columns.reEncryptAll().reEncrypted()).as("a second run has nothing to do").isZero();

    // 3. the old key removed: everything still decrypts; the old keyset alone decrypts nothing
    DataProtection withoutOldKey = new DataProtection(Keysets.remove(rotated, oldKey));
    rows = contacts();
    for (int i = 0; i < CONTACTS; i++) {
      assertThat(withoutOldKey.decrypt((String) rows.get(i).get("name"), Purpose.PERSON_NAME)).isEqualTo("联系人" + i);
      assertThat(withoutOldKey.decrypt((String) rows.get(i).get("email"), Purpose.EMAIL))
          .isEqualTo("c" + i + "@example.com");
    }
    Map<String, Object> legacy = rows.get(CONTACTS);
    assertThat((String) legacy.get("name")).startsWith(DataProtection.PREFIX);
    assertThat(withoutOldKey.decrypt((String) legacy.get("phone"), Purpose.PHONE)).isEqualTo("13900000000");
    String someName = (String) rows.get(0).get("name");
    assertThatThrownBy(() -> before.decrypt(someName, Purpose.PERSON_NAME))
        .isInstanceOf(UnreadableValueException.class).hasMessageNotContaining("联系人");
  }

  @Test
  void plaintextFromBeforeEncryptionIsEncryptedAtStartAndOnlyOnce() {
    DataProtection p = new DataProtection(Keysets.generate());
    insertContact(p.encrypt("已加密", Purpose.PERSON_NAME), null, null);
    insertContact("明文姓名", "13700000000", null);
    ProtectedColumns columns = columns(p);
    EncryptedColumns.Result first = columns.encryptPlaintext();
    assertThat(first.plaintextEncrypted()).isEqualTo(2);
    assertThat(first.reEncrypted()).isZero();
    Map<String, Object> legacy = contacts().get(1);
    assertThat((String) legacy.get("name")).startsWith("tk1:").doesNotContain("明文");
    assertThat(p.decrypt((String) legacy.get("name"), Purpose.PERSON_NAME)).isEqualTo("明文姓名");
    assertThat(p.decrypt((String) legacy.get("phone"), Purpose.PHONE)).isEqualTo("13700000000");
    assertThat(columns.encryptPlaintext().scanned()).as("nothing left to look at").isZero();
  }

  @Test
  void aValueCopiedToAnotherKindOfFieldOrChangedDoesNotDecrypt() {
    DataProtection p = new DataProtection(Keysets.generate());
    String phone = p.encrypt("13800138000", Purpose.PHONE);
    assertThat(phone).startsWith("tk1:").doesNotContain("13800138000");
    assertThat(p.encrypt("13800138000", Purpose.PHONE)).as("randomized").isNotEqualTo(phone);
    assertThatThrownBy(() -> p.decrypt(phone, Purpose.EMAIL)).isInstanceOf(UnreadableValueException.class);
    char last = phone.charAt(phone.length() - 3);
    String changed = phone.substring(0, phone.length() - 3) + (last == 'A' ? 'B' : 'A') + phone.substring(phone.length() - 2);
    assertThatThrownBy(() -> p.decrypt(changed, Purpose.PHONE)).isInstanceOf(UnreadableValueException.class)
        .hasMessageNotContaining("13800138000");
    assertThat(p.decrypt(null, Purpose.PHONE)).isNull();
    assertThatThrownBy(() -> Keysets.remove(Keysets.generate(), 42)).hasMessageContaining("no key 42");
  }

  @Test
  void theKeysetToolGeneratesRotatesAndDeletesKeysButNeverThePrimaryOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys/crm-data-keyset.json");
    assertThat(tool("generate", file.toString())).startsWith("0|");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(tool("generate", file.toString())).as("never overwrites a keyset").startsWith("1|");
    int first = Keysets.read(file).getPrimary().getId();
    String rotated = tool("rotate", file.toString());
    assertThat(rotated).startsWith("0|");
    KeysetHandle two = Keysets.read(file);
    assertThat(two.size()).isEqualTo(2);
    int second = two.getPrimary().getId();
    assertThat(rotated).contains(Integer.toUnsignedString(first) + "\tENABLED\n")
        .contains(Integer.toUnsignedString(second) + "\tENABLED\tprimary");
    assertThat(Files.readString(file)).as("the file holds the key material").contains("keyData");
    assertThat(rotated).as("the listing does not").doesNotContain("keyData").doesNotContain("value");
    assertThat(tool("delete", file.toString(), Integer.toUnsignedString(second))).startsWith("1|").contains("primary");
    assertThat(tool("disable", file.toString(), Integer.toUnsignedString(first)))
        .contains(Integer.toUnsignedString(first) + "\tDISABLED");
    assertThat(tool("delete", file.toString(), Integer.toUnsignedString(first))).startsWith("0|");
    assertThat(Keysets.read(file).size()).isEqualTo(1);
    assertThat(tool("frobnicate", file.toString())).startsWith("2|");
  }

  static String tool(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = KeysetTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return status + "|" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theKeysetComesFromTheEnvironmentAndIsGeneratedOnlyForTheEmbeddedH2Database(@TempDir Path dir) {
    Path file = dir.resolve("data/crm-data-keyset.json");
    String pg = "jdbc:postgresql://localhost:5432/crm";
    assertThatThrownBy(() -> DataKeysetConfig.load("", file.toString(), true, pg))
        .as("never invented for PostgreSQL").hasMessageContaining("CRM_DATA_KEYSET");
    assertThat(file).doesNotExist();

    KeysetHandle generated = DataKeysetConfig.load("", file.toString(), true, "jdbc:h2:file:./data/crm-process");
    assertThat(file).exists();
    assertThat(DataKeysetConfig.load("", file.toString(), true, "jdbc:h2:file:./data/crm-process").getPrimary().getId())
        .as("the next start reads it").isEqualTo(generated.getPrimary().getId());
    assertThat(DataKeysetConfig.load("", file.toString(), false, pg).getPrimary().getId())
        .as("a keyset file works for PostgreSQL").isEqualTo(generated.getPrimary().getId());

    KeysetHandle inline = Keysets.generate();
    assertThat(DataKeysetConfig.load(Keysets.toJson(inline), file.toString(), false, pg).getPrimary().getId())
        .as("CRM_DATA_KEYSET wins").isEqualTo(inline.getPrimary().getId());
    Path memFile = dir.resolve("mem/keyset.json");
    DataKeysetConfig.load("", memFile.toString(), true, "jdbc:h2:mem:test");
    assertThat(memFile).as("in-memory databases get an in-memory key").doesNotExist();
    assertThatThrownBy(() -> DataKeysetConfig.load("{not json", null, false, pg)).hasMessageContaining("keyset");
  }
}
