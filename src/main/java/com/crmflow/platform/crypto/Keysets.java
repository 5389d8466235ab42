package com.crmflow.platform.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * Creating, reading, writing and rotating data keysets (Tink JSON, cleartext — protect the file or variable like a
 * password). Used by the application at start and by {@link KeysetTool}.
 */
public final class Keysets {

  private Keysets() {}

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A new keyset with one AES-256-GCM key. */
  public static KeysetHandle generate() {
    try {
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keyset plus a new AES-256-GCM key that becomes primary; the old keys stay enabled for decryption. */
  public static KeysetHandle rotate(KeysetHandle keyset) {
    try {
      return KeysetHandle.newBuilder(keyset)
          .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
              .makePrimary())
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keyset without the key {@code keyId}; the primary key cannot be removed. */
  public static KeysetHandle remove(KeysetHandle keyset, int keyId) {
    KeysetHandle.Builder b = KeysetHandle.newBuilder(keyset);
    for (int i = 0; i < b.size(); i++) {
      if (keyset.getAt(i).getId() == keyId) {
        if (keyset.getAt(i).isPrimary()) {
          throw new IllegalArgumentException("Key " + keyId + " is the primary key: rotate first");
        }
        b.deleteAt(i);
        try {
          return b.build();
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("The keyset has no key " + keyId);
  }

  /** The keyset with key {@code keyId} disabled (kept, but no longer used to decrypt); not the primary key. */
  public static KeysetHandle disable(KeysetHandle keyset, int keyId) {
    KeysetHandle.Builder b = KeysetHandle.newBuilder(keyset);
    for (int i = 0; i < b.size(); i++) {
      if (keyset.getAt(i).getId() == keyId) {
        if (keyset.getAt(i).isPrimary()) {
          throw new IllegalArgumentException("Key " + keyId + " is the primary key: rotate first");
        }
        b.getAt(i).setStatus(KeyStatus.DISABLED);
        try {
          return b.build();
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("The keyset has no key " + keyId);
  }

  public static KeysetHandle parse(String json) {
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      // Tink's message does not contain key material
      throw new IllegalStateException("Not a valid Tink JSON keyset: " + e.getMessage(), e);
    }
  }

  public static String toJson(KeysetHandle keyset) {
    try {
      return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KeysetHandle read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the data keyset " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the keyset readable by the owner only (where the file system knows POSIX permissions), atomically. */
  public static void write(KeysetHandle keyset, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".keyset", ".tmp");
      try {
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // e.g. Windows: the folder's ACL applies
        }
        Files.writeString(tmp, toJson(keyset), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the data keyset " + file + ": " + e.getMessage(), e);
    }
  }
}
