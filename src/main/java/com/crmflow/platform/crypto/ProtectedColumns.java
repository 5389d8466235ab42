package com.crmflow.platform.crypto;

import com.crmflow.platform.crypto.DataProtection.Purpose;
import com.crmflow.platform.crypto.DataProtection.UnreadableValueException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every encrypted column and the jobs over all of them: encrypting legacy plaintext (at start), re-encrypting with
 * the primary key after a rotation, and counting which key each stored value needs (so an old key is removed only
 * when nothing uses it). Works in chunks of {@link #CHUNK} rows, each chunk its own transaction; a value is only
 * replaced if it did not change meanwhile ({@code WHERE id = ? AND column = old}).
 *
 * <p>A new encrypted column (another feature's personal data) is added to {@link #ALL}.
 */
public class ProtectedColumns {

  private static final Logger LOG = LoggerFactory.getLogger(ProtectedColumns.class);
  static final int CHUNK = 500;

  /** A column of personal data: table (with a numeric {@code id}), column, kind of value. */
  public record Column(String table, String column, Purpose purpose) {
    public String name() {
      return table + "." + column;
    }
  }

  public static final List<Column> ALL = List.of(
      new Column("crm_customer_contact", "name", Purpose.PERSON_NAME),
      new Column("crm_customer_contact", "phone", Purpose.PHONE),
      new Column("crm_customer_contact", "email", Purpose.EMAIL),
      new Column("crm_complaint", "contact_name", Purpose.PERSON_NAME),
      new Column("crm_complaint", "contact_phone", Purpose.PHONE),
      new Column("crm_complaint", "contact_email", Purpose.EMAIL));

  /** What a run did: values looked at, encrypted anew (older key), plaintext encrypted, not decryptable. */
  public record Result(long scanned, long reEncrypted, long plaintextEncrypted, long unreadable) {
    Result plus(Result o) {
      return new Result(scanned + o.scanned, reEncrypted + o.reEncrypted, plaintextEncrypted + o.plaintextEncrypted,
          unreadable + o.unreadable);
    }
  }

  /** How many stored values each key id encrypted, plus plaintext values (legacy) and values of unknown format. */
  public record Usage(Map<Integer, Long> valuesByKeyId, long plaintextValues) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DataProtection protection;

  public ProtectedColumns(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataProtection protection) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.protection = protection;
  }

  /** Encrypts every plaintext value (rows from before encryption); cheap when there are none. */
  public Result encryptPlaintext() {
    Result total = new Result(0, 0, 0, 0);
    for (Column c : ALL) {
      total = total.plus(run(c, true));
    }
    return total;
  }

  /** Re-encrypts every value not encrypted with the primary key (and encrypts plaintext). */
  public Result reEncryptAll() {
    Result total = new Result(0, 0, 0, 0);
    for (Column c : ALL) {
      total = total.plus(run(c, false));
    }
    return total;
  }

  public Usage usage() {
    Map<Integer, Long> byKey = new TreeMap<>();
    long plaintext = 0;
    for (Column c : ALL) {
      long lastId = Long.MIN_VALUE;
      while (true) {
        List<Row> rows = chunk(c, lastId, false);
        for (Row r : rows) {
          Integer keyId = DataProtection.keyIdOf(r.value());
          if (keyId == null) {
            plaintext++;
          } else {
            byKey.merge(keyId, 1L, Long::sum);
          }
        }
        if (rows.size() < CHUNK) {
          break;
        }
        lastId = rows.get(rows.size() - 1).id();
      }
    }
    return new Usage(byKey, plaintext);
  }

  private record Row(long id, String value) {}

  private List<Row> chunk(Column c, long afterId, boolean plaintextOnly) {
    String sql = "SELECT id, " + c.column() + " FROM " + c.table() + " WHERE id > ? AND " + c.column()
        + " IS NOT NULL" + (plaintextOnly ? " AND " + c.column() + " NOT LIKE '" + DataProtection.PREFIX + "%'" : "")
        + " ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY";
    return jdbc.query(sql, (rs, i) -> new Row(rs.getLong(1), rs.getString(2)), afterId);
  }

  private Result run(Column c, boolean plaintextOnly) {
    long[] counts = new long[4];
    long lastId = Long.MIN_VALUE;
    int primary = protection.primaryKeyId();
    while (true) {
      List<Row> rows = chunk(c, lastId, plaintextOnly);
      transaction.executeWithoutResult(status -> {
        for (Row r : rows) {
          counts[0]++;
          String replacement;
          if (!DataProtection.isCiphertext(r.value())) {
            replacement = protection.encrypt(r.value(), c.purpose());
            counts[2]++;
          } else {
            Integer keyId = DataProtection.keyIdOf(r.value());
            if (keyId != null && keyId == primary) {
              continue;
            }
            try {
              replacement = protection.encrypt(protection.decrypt(r.value(), c.purpose()), c.purpose());
              counts[1]++;
            } catch (UnreadableValueException e) {
              counts[3]++;
              LOG.warn("{} id {}: {}", c.name(), r.id(), e.getMessage());
              continue;
            }
          }
          jdbc.update("UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE id = ? AND " + c.column() + " = ?",
              replacement, r.id(), r.value());
        }
      });
      if (rows.size() < CHUNK) {
        break;
      }
      lastId = rows.get(rows.size() - 1).id();
    }
    return new Result(counts[0], counts[1], counts[2], counts[3]);
  }
}
