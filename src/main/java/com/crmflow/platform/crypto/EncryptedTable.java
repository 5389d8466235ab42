package com.crmflow.platform.crypto;

import com.crmflow.platform.crypto.DataProtection.Purpose;
import com.crmflow.platform.crypto.DataProtection.UnreadableValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The encrypted columns of one table with a numeric {@code id}, for the feature that owns the table to publish
 * (subclass it as a bean, naming its table and columns). Works in chunks of {@link #CHUNK} rows, each chunk its own
 * transaction; a value is only replaced if it did not change meanwhile ({@code WHERE id = ? AND column = old}).
 */
public class EncryptedTable implements EncryptedColumns {

  private static final Logger LOG = LoggerFactory.getLogger(EncryptedTable.class);
  static final int CHUNK = 500;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DataProtection protection;
  private final String table;
  private final Map<String, Purpose> columns;

  /** {@code columns}: column name → the kind of value it holds, in the order they are processed. */
  public EncryptedTable(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataProtection protection,
      String table, Map<String, Purpose> columns) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.protection = protection;
    this.table = table;
    this.columns = new LinkedHashMap<>(columns);
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    columns.keySet().forEach(c -> names.add(table + "." + c));
    return names;
  }

  @Override
  public Result encryptPlaintext() {
    Result total = Result.NONE;
    for (Map.Entry<String, Purpose> c : columns.entrySet()) {
      total = total.plus(run(c.getKey(), c.getValue(), true));
    }
    return total;
  }

  @Override
  public Result reEncryptAll() {
    Result total = Result.NONE;
    for (Map.Entry<String, Purpose> c : columns.entrySet()) {
      total = total.plus(run(c.getKey(), c.getValue(), false));
    }
    return total;
  }

  @Override
  public Usage usage() {
    Map<Integer, Long> byKey = new TreeMap<>();
    long plaintext = 0;
    for (String column : columns.keySet()) {
      long lastId = Long.MIN_VALUE;
      while (true) {
        List<Row> rows = chunk(column, lastId, false);
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

  private List<Row> chunk(String column, long afterId, boolean plaintextOnly) {
    String sql = "SELECT id, " + column + " FROM " + table + " WHERE id > ? AND " + column + " IS NOT NULL"
        + (plaintextOnly ? " AND " + column + " NOT LIKE '" + DataProtection.PREFIX + "%'" : "")
        + " ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY";
    return jdbc.query(sql, (rs, i) -> new Row(rs.getLong(1), rs.getString(2)), afterId);
  }

  private Result run(String column, Purpose purpose, boolean plaintextOnly) {
    long[] counts = new long[4];
    long lastId = Long.MIN_VALUE;
    int primary = protection.primaryKeyId();
    while (true) {
      List<Row> rows = chunk(column, lastId, plaintextOnly);
      transaction.executeWithoutResult(status -> {
        for (Row r : rows) {
          counts[0]++;
          String replacement;
          if (!DataProtection.isCiphertext(r.value())) {
            replacement = protection.encrypt(r.value(), purpose);
            counts[2]++;
          } else {
            Integer keyId = DataProtection.keyIdOf(r.value());
            if (keyId != null && keyId == primary) {
              continue;
            }
            try {
              replacement = protection.encrypt(protection.decrypt(r.value(), purpose), purpose);
              counts[1]++;
            } catch (UnreadableValueException e) {
              counts[3]++;
              LOG.warn("{}.{} id {}: {}", table, column, r.id(), e.getMessage());
              continue;
            }
          }
          jdbc.update("UPDATE " + table + " SET " + column + " = ? WHERE id = ? AND " + column + " = ?",
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
