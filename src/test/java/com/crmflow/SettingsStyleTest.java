package com.crmflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * One style for the settings: every {@code @ConfigurationProperties} class is a record whose defaults are written in
 * Java ({@code @DefaultValue} or its constructor), and config/application.yaml sets none of their keys — it names
 * them in comments only, so there is one place for each default.
 */
class SettingsStyleTest {

  record Settings(Class<?> type, String prefix) {}

  static List<Settings> settingsClasses() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    List<Settings> found = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("com.crmflow")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
      found.add(new Settings(type, annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix()));
    }
    return found;
  }

  static Map<String, Object> applicationYaml() throws IOException {
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    for (PropertySource<?> source : new YamlPropertySourceLoader()
        .load("application.yaml", new FileSystemResource(Path.of("config", "application.yaml")))) {
      EnumerablePropertySource<?> yaml = (EnumerablePropertySource<?>) source;
      for (String name : yaml.getPropertyNames()) {
        properties.put(name, yaml.getProperty(name));
      }
    }
    return properties;
  }

  @Test
  void everySettingsClassIsARecordWithItsDefaultsInJava() throws Exception {
    List<Settings> settings = settingsClasses();
    assertThat(settings).extracting(Settings::type).extracting(Class::getSimpleName)
        .contains("GradingSettings", "VisitSettings", "ProjectSettings", "ComplaintSettings", "CalendarSettings",
            "NotificationProperties");
    assertThat(settings).allSatisfy(s -> assertThat(s.type().isRecord()).as(s.type().getName()).isTrue());
    // every record binds without any property: each key has a default (or is optional)
    Binder nothing = new Binder(new MapConfigurationPropertySource(Map.of()));
    for (Settings s : settings) {
      assertThat(nothing.bindOrCreate(s.prefix(), s.type())).as(s.type().getName()).isNotNull();
    }
  }

  @Test
  void applicationYamlSetsNoKeyOfASettingsClass() throws Exception {
    Map<String, Object> yaml = applicationYaml();
    List<String> prefixes = settingsClasses().stream().map(Settings::prefix).toList();
    List<String> set = yaml.keySet().stream()
        .filter(key -> prefixes.stream().anyMatch(prefix -> key.equals(prefix) || key.startsWith(prefix + ".")))
        .toList();
    assertThat(set).as("keys of settings records set in config/application.yaml (write the default in Java, the "
        + "key as a comment)").isEmpty();
    // and so binding the file changes no default
    Binder withYaml = new Binder(ConfigurationPropertySources.from(
        new org.springframework.core.env.MapPropertySource("application.yaml", yaml)));
    Binder nothing = new Binder(new MapConfigurationPropertySource(Map.of()));
    for (Settings s : settingsClasses()) {
      assertThat(withYaml.bindOrCreate(s.prefix(), s.type())).as(s.type().getName())
          .isEqualTo(nothing.bindOrCreate(s.prefix(), s.type()));
    }
  }
}
