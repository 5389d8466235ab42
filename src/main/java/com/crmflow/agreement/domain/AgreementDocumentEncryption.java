package com.crmflow.agreement.domain;

import com.crmflow.platform.crypto.DataProtection;
import com.crmflow.platform.crypto.DataProtection.UnreadableValueException;
import com.crmflow.platform.crypto.EncryptedColumns;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The encrypted bytes of agreement documents ({@code crm_agreement_document_content.content}, V24) for the platform's
 * key jobs ({@link EncryptedColumns}): at every start the plaintext rows from before V24 ({@code key_id IS NULL}) are
 * encrypted; after a key rotation every row not under the primary key is re-encrypted; the key usage counts the rows
 * per key (an old key is removed only when no document needs it). Documents can be large: the ids are read in
 * chunks and every document is rewritten in a transaction of its own, and only while it is still what was read
 * ({@code WHERE key_id IS NULL} / {@code = old}), so concurrent runs on several nodes never encrypt twice.
 */
@Component
public class AgreementDocumentEncryption implements EncryptedColumns {

  private static final Logger LOG = LoggerFactory.getLogger(AgreementDocumentEncryption.class);
  static final String COLUMN = "crm_agreement_document_content.content";
  static final int CHUNK = 200;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DataProtection protection;

  public AgreementDocumentEncryption(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      DataProtection protection) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.protection = protection;
  }

  @Override
  public List<String> names() {
    return List.of(COLUMN);
  }

  @Override
  public Result encryptPlaintext() {
    return run(true);
  }

  @Override
  public Result reEncryptAll() {
    return run(false);
  }

  @Override
  public Usage usage() {
    Map<Integer, Long> byKey = new TreeMap<>();
    long[] plaintext = {0};
    jdbc.query("SELECT key_id, COUNT(*) FROM crm_agreement_document_content GROUP BY key_id", rs -> {
      int keyId = rs.getInt(1);
      if (rs.wasNull()) {
        plaintext[0] += rs.getLong(2);
      } else {
        byKey.merge(keyId, rs.getLong(2), Long::sum);
      }
    });
    return new Usage(byKey, plaintext[0]);
  }

  private record Stored(byte[] content, Integer keyId) {}

  private Result run(boolean plaintextOnly) {
    long[] counts = new long[4];
    int primary = protection.primaryKeyId();
    String where = plaintextOnly ? "key_id IS NULL" : "(key_id IS NULL OR key_id <> " + primary + ")";
    UUID last = null;
    while (true) {
      List<UUID> ids = last == null
          ? jdbc.queryForList("SELECT document_id FROM crm_agreement_document_content WHERE " + where
              + " ORDER BY document_id FETCH FIRST " + CHUNK + " ROWS ONLY", UUID.class)
          : jdbc.queryForList("SELECT document_id FROM crm_agreement_document_content WHERE " + where
              + " AND document_id > ? ORDER BY document_id FETCH FIRST " + CHUNK + " ROWS ONLY", UUID.class, last);
      for (UUID id : ids) {
        transaction.executeWithoutResult(status -> encryptOne(id, primary, counts));
      }
      if (ids.size() < CHUNK) {
        break;
      }
      last = ids.get(ids.size() - 1);
    }
    return new Result(counts[0], counts[1], counts[2], counts[3]);
  }

  private void encryptOne(UUID id, int primary, long[] counts) {
    List<Stored> rows = jdbc.query("SELECT content, key_id FROM crm_agreement_document_content WHERE document_id = ?",
        (rs, i) -> new Stored(rs.getBytes(1), (Integer) rs.getObject(2)), id);
    if (rows.isEmpty()) {
      return;
    }
    Stored s = rows.get(0);
    counts[0]++;
    byte[] plaintext;
    if (s.keyId() == null) {
      plaintext = s.content();
    } else if (s.keyId() == primary) {
      return;
    } else {
      try {
        plaintext = protection.decryptBytes(s.content(), AgreementDocuments.associatedData(id), "agreement document");
      } catch (UnreadableValueException e) {
        counts[3]++;
        LOG.warn("{} document {}: {}", COLUMN, id, e.getMessage());
        return;
      }
    }
    byte[] ciphertext = protection.encryptBytes(plaintext, AgreementDocuments.associatedData(id));
    int updated = s.keyId() == null
        ? jdbc.update("UPDATE crm_agreement_document_content SET content = ?, key_id = ? WHERE document_id = ?"
            + " AND key_id IS NULL", ciphertext, DataProtection.keyIdOf(ciphertext), id)
        : jdbc.update("UPDATE crm_agreement_document_content SET content = ?, key_id = ? WHERE document_id = ?"
            + " AND key_id = ?", ciphertext, DataProtection.keyIdOf(ciphertext), id, s.keyId());
    if (updated == 1) {
      counts[s.keyId() == null ? 2 : 1]++;
    }
  }
}
