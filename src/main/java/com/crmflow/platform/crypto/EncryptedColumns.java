package com.crmflow.platform.crypto;

import java.util.List;
import java.util.Map;

/**
 * What a feature that stores personal data encrypted ({@link PersonalDataConverter}) publishes, as a bean, so that
 * the platform's jobs reach its rows without naming its tables: encrypting legacy plaintext (at start),
 * re-encrypting with the primary key after a rotation, and counting which key each stored value needs (so an old
 * key is removed only when nothing uses it). {@link ProtectedColumns} runs them over every contribution; a feature
 * whose rows are one table with a numeric {@code id} extends {@link EncryptedTable}.
 */
public interface EncryptedColumns {

  /** The columns, e.g. {@code crm_complaint.contact_phone}, as shown to administrators. */
  List<String> names();

  /** Encrypts every plaintext value (rows from before encryption); cheap when there are none. */
  Result encryptPlaintext();

  /** Re-encrypts every value not encrypted with the primary key (and encrypts plaintext). */
  Result reEncryptAll();

  /** Which key encrypted each stored value. */
  Usage usage();

  /** What a run did: values looked at, encrypted anew (older key), plaintext encrypted, not decryptable. */
  record Result(long scanned, long reEncrypted, long plaintextEncrypted, long unreadable) {
    public static final Result NONE = new Result(0, 0, 0, 0);

    public Result plus(Result o) {
      return new Result(scanned + o.scanned, reEncrypted + o.reEncrypted, plaintextEncrypted + o.plaintextEncrypted,
          unreadable + o.unreadable);
    }
  }

  /** How many stored values each key id encrypted, plus plaintext values (legacy). */
  record Usage(Map<Integer, Long> valuesByKeyId, long plaintextValues) {}
}
