package com.crmflow.platform.yaml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one YAML mapper, for our own configuration files (config/organization.yaml, working-calendar.yaml,
 * demo-users.yaml, demo-customers.yaml). Spring's injected ObjectMapper speaks JSON only, and these files are read
 * while the beans are being built, so this is the single other mapper, shared and never reconfigured: strict (an
 * unknown key fails, so a typo stops the start instead of being ignored) and with java.time (the calendar's dates).
 * ArchitectureTest allows no other class to make a mapper.
 */
public final class YamlFiles {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private YamlFiles() {}

  /** The file's content as {@code type}; the stream is left open for the caller to close. */
  public static <T> T read(InputStream in, Class<T> type) throws IOException {
    return YAML.readValue(in, type);
  }
}
