package com.crmflow.platform.crypto;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every encrypted column, as the features publish them ({@link EncryptedColumns} beans), and the jobs over all of
 * them: encrypting legacy plaintext (at start), re-encrypting with the primary key after a rotation, and counting
 * which key each stored value needs. The platform names no feature's table: a new encrypted column is published
 * by the feature that owns it.
 */
public class ProtectedColumns {

  private final List<EncryptedColumns> contributions;

  public ProtectedColumns(List<EncryptedColumns> contributions) {
    this.contributions = List.copyOf(contributions);
  }

  public List<String> names() {
    return contributions.stream().flatMap(c -> c.names().stream()).toList();
  }

  public EncryptedColumns.Result encryptPlaintext() {
    return contributions.stream().map(EncryptedColumns::encryptPlaintext)
        .reduce(EncryptedColumns.Result.NONE, EncryptedColumns.Result::plus);
  }

  public EncryptedColumns.Result reEncryptAll() {
    return contributions.stream().map(EncryptedColumns::reEncryptAll)
        .reduce(EncryptedColumns.Result.NONE, EncryptedColumns.Result::plus);
  }

  public EncryptedColumns.Usage usage() {
    Map<Integer, Long> byKey = new TreeMap<>();
    long plaintext = 0;
    for (EncryptedColumns c : contributions) {
      EncryptedColumns.Usage u = c.usage();
      u.valuesByKeyId().forEach((k, n) -> byKey.merge(k, n, Long::sum));
      plaintext += u.plaintextValues();
    }
    return new EncryptedColumns.Usage(byKey, plaintext);
  }
}
