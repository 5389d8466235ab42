package com.crmflow.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Authenticated encryption of personal data at rest (contact names, phone numbers, e-mail addresses) with a Google
 * Tink AEAD keyset (AES-256-GCM). A stored value is {@code "tk1:" + Base64(ciphertext)}; Tink puts the id of the
 * key that encrypted it in the ciphertext's first five bytes, so a keyset with several keys decrypts values of
 * every key it holds and encrypts new values with its primary key (rotation: docs/operations.md "The data
 * keyset"). The kind of value ({@link Purpose}) is bound to the ciphertext as associated data: a phone number's
 * ciphertext copied into an e-mail column does not decrypt.
 *
 * <p>Never put plaintext or key material into an exception message or a log line: messages here name only the
 * kind of value and the key id.
 */
public class DataProtection {

  /** Marks a stored value as ciphertext; values without it are plaintext from before encryption (legacy rows). */
  public static final String PREFIX = "tk1:";
  private static final byte TINK_START_BYTE = 0x01;

  /** What a protected value is; part of the associated data of its ciphertext. */
  public enum Purpose {
    PERSON_NAME("person-name"), PHONE("phone"), EMAIL("email"), BIRTH_DATE("birth-date");

    private final byte[] associatedData;

    Purpose(String id) {
      this.associatedData = ("crm-personal-data:" + id).getBytes(StandardCharsets.UTF_8);
    }
  }

  public record KeyInfo(int id, String status, boolean primary) {}

  /** A stored value could not be decrypted: wrong or removed key, or the value was tampered with. */
  public static class UnreadableValueException extends IllegalStateException {
    public UnreadableValueException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final KeysetHandle keyset;
  private final Aead aead;

  public DataProtection(KeysetHandle keyset) {
    try {
      AeadConfig.register();
      this.keyset = keyset;
      this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The data keyset is not an AEAD keyset: " + e.getMessage(), e);
    }
  }

  /** The stored form of a value: null stays null. */
  public String encrypt(String plaintext, Purpose purpose) {
    if (plaintext == null) {
      return null;
    }
    try {
      byte[] ciphertext = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), purpose.associatedData);
      return PREFIX + Base64.getEncoder().encodeToString(ciphertext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a " + purpose + " value: " + e.getMessage(), e);
    }
  }

  /** The plaintext of a stored value; a value without {@link #PREFIX} is legacy plaintext and returned as it is. */
  public String decrypt(String stored, Purpose purpose) {
    if (stored == null || !isCiphertext(stored)) {
      return stored;
    }
    byte[] ciphertext;
    try {
      ciphertext = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new UnreadableValueException("A stored " + purpose + " value is not valid Base64", e);
    }
    try {
      return new String(aead.decrypt(ciphertext, purpose.associatedData), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      Integer keyId = keyIdOf(stored);
      throw new UnreadableValueException("Cannot decrypt a stored " + purpose + " value (key id "
          + (keyId == null ? "unknown" : Integer.toUnsignedString(keyId)) + "): the key is not in the keyset or the"
          + " value was changed", e);
    }
  }

  /**
   * Encrypts bytes (e.g. a document) with the primary key; {@code associatedData} binds the ciphertext to where it is
   * stored (a document's id), so ciphertext copied to another row does not decrypt.
   */
  public byte[] encryptBytes(byte[] plaintext, byte[] associatedData) {
    try {
      return aead.encrypt(plaintext, associatedData);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt bytes: " + e.getMessage(), e);
    }
  }

  /** The plaintext of {@link #encryptBytes}; unreadable (wrong key, other row, changed bytes) → the exception. */
  public byte[] decryptBytes(byte[] ciphertext, byte[] associatedData, String what) {
    try {
      return aead.decrypt(ciphertext, associatedData);
    } catch (GeneralSecurityException e) {
      Integer keyId = keyIdOf(ciphertext);
      throw new UnreadableValueException("Cannot decrypt " + what + " (key id "
          + (keyId == null ? "unknown" : Integer.toUnsignedString(keyId)) + "): the key is not in the keyset or the"
          + " stored bytes were changed", e);
    }
  }

  /** The id of the key that encrypted bytes of {@link #encryptBytes} (Tink's 5-byte prefix), or null. */
  public static Integer keyIdOf(byte[] ciphertext) {
    if (ciphertext == null || ciphertext.length < 5 || ciphertext[0] != TINK_START_BYTE) {
      return null;
    }
    return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
  }

  public static boolean isCiphertext(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** The id of the key that encrypted a stored value (from Tink's 5-byte prefix), or null for plaintext. */
  public static Integer keyIdOf(String stored) {
    if (!isCiphertext(stored)) {
      return null;
    }
    try {
      // 8 Base64 characters = 6 bytes: enough for the start byte and the 4-byte key id
      String head = stored.substring(PREFIX.length(), Math.min(stored.length(), PREFIX.length() + 8));
      byte[] bytes = Base64.getDecoder().decode(head);
      if (bytes.length < 5 || bytes[0] != TINK_START_BYTE) {
        return null;
      }
      return ByteBuffer.wrap(bytes, 1, 4).getInt();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public int primaryKeyId() {
    return keyset.getPrimary().getId();
  }

  public List<KeyInfo> keys() {
    List<KeyInfo> keys = new ArrayList<>();
    for (int i = 0; i < keyset.size(); i++) {
      KeysetHandle.Entry e = keyset.getAt(i);
      keys.add(new KeyInfo(e.getId(), status(e.getStatus()), e.isPrimary()));
    }
    return keys;
  }

  static String status(KeyStatus s) {
    if (s == KeyStatus.ENABLED) {
      return "ENABLED";
    }
    return s == KeyStatus.DISABLED ? "DISABLED" : "DESTROYED";
  }
}
