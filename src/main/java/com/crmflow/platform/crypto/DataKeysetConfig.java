package com.crmflow.platform.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the data keyset comes from ({@link DataKeysetProperties}; docs/operations.md "The data keyset"), first
 * match wins:
 * <ol>
 *   <li>{@code crm.data.keyset} (environment {@code CRM_DATA_KEYSET}): the Tink JSON keyset itself;</li>
 *   <li>an in-memory H2 database (tests) with {@code crm.data.generate-keyset}: a fresh keyset that lives as long
 *       as the database;</li>
 *   <li>{@code crm.data.keyset-file} (environment {@code CRM_DATA_KEYSET_FILE}) when the file exists;</li>
 *   <li>the embedded H2 file database of the zero-setup run with {@code crm.data.generate-keyset}: a new keyset
 *       written to {@code crm.data.keyset-file} on first start.</li>
 * </ol>
 * Anything else (e.g. PostgreSQL without a keyset) stops the start: the application never invents a key for a real
 * database, where a lost key means lost data.
 */
@EnableConfigurationProperties(DataKeysetProperties.class)
@Configuration
public class DataKeysetConfig {

  private static final Logger LOG = LoggerFactory.getLogger(DataKeysetConfig.class);

  @Bean
  public DataProtection dataProtection(DataKeysetProperties properties, DataSource dataSource) {
    return new DataProtection(load(properties.keyset(), properties.keysetFile(), properties.generateKeyset(),
        jdbcUrl(dataSource)));
  }

  static KeysetHandle load(String keyset, String keysetFile, boolean generate, String jdbcUrl) {
    if (keyset != null && !keyset.isBlank()) {
      LOG.info("Data keyset from crm.data.keyset (CRM_DATA_KEYSET)");
      return Keysets.parse(keyset);
    }
    boolean h2 = jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
    if (generate && h2 && jdbcUrl.startsWith("jdbc:h2:mem:")) {
      LOG.info("Data keyset: a new one in memory for the in-memory H2 database");
      return Keysets.generate();
    }
    Path file = keysetFile == null || keysetFile.isBlank() ? null : Path.of(keysetFile);
    if (file != null && Files.exists(file)) {
      LOG.info("Data keyset from {}", file.toAbsolutePath());
      return Keysets.read(file);
    }
    if (generate && h2 && file != null) {
      KeysetHandle created = Keysets.generate();
      Keysets.write(created, file);
      LOG.warn("Data keyset: generated a new one in {} for the embedded H2 database. Personal data in ./data is "
          + "unreadable without it: keep the two together, and never use this for production data.",
          file.toAbsolutePath());
      return created;
    }
    throw new IllegalStateException("No data keyset: set CRM_DATA_KEYSET (the Tink JSON keyset) or "
        + "CRM_DATA_KEYSET_FILE (its file" + (file == null ? "" : "; " + file.toAbsolutePath() + " does not exist")
        + "). Create one with KeysetTool generate (docs/operations.md \"The data keyset\").");
  }

  @Bean
  public ProtectedColumns protectedColumns(
      org.springframework.beans.factory.ObjectProvider<EncryptedColumns> contributions) {
    return new ProtectedColumns(contributions.orderedStream().toList());
  }

  /** At start: plaintext left in an encrypted column (rows from before V5, e.g. complaint contacts) is encrypted. */
  @Bean
  @org.springframework.core.annotation.Order(5)
  public org.springframework.boot.ApplicationRunner encryptLegacyPlaintext(ProtectedColumns columns) {
    return args -> {
      EncryptedColumns.Result r = columns.encryptPlaintext();
      if (r.plaintextEncrypted() > 0) {
        LOG.info("Encrypted {} plaintext personal-data value(s) left from before encryption at rest",
            r.plaintextEncrypted());
      }
    };
  }

  private static String jdbcUrl(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getURL();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }
}
