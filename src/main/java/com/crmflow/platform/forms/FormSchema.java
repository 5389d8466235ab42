package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The input fields of a Camunda Form, parsed from its JSON (schemaVersion up to 16). */
public record FormSchema(String id, List<FormField> fields) {

  /** Components that show something but submit nothing. */
  private static final Set<String> NON_INPUT =
      Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table", "documentPreview");
  /** Components that only group others; their children submit at the same level. */
  private static final Set<String> CONTAINERS = Set.of("group", "default");

  /** {@code json}: Spring's ObjectMapper (the callers get it injected). */
  public static FormSchema parse(ObjectMapper json, InputStream in) throws IOException {
    JsonNode root = json.readTree(in);
    return new FormSchema(root.path("id").asText(null), parseComponents(root.path("components")));
  }

  private static List<FormField> parseComponents(JsonNode components) {
    List<FormField> fields = new ArrayList<>();
    for (JsonNode c : components) {
      String type = c.path("type").asText("");
      if (NON_INPUT.contains(type)) {
        continue;
      }
      if (CONTAINERS.contains(type) && !c.hasNonNull("path")) {
        fields.addAll(parseComponents(c.path("components")));
        continue;
      }
      boolean hiddenOrReadOnly = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)
          || c.has("conditional");
      String key = "dynamiclist".equals(type) || "group".equals(type) ? c.path("path").asText(null)
          : c.path("key").asText(null);
      if (key == null) {
        continue;
      }
      JsonNode v = c.path("validate");
      List<String> options = null;
      if (c.has("values")) {
        options = new ArrayList<>();
        for (JsonNode o : c.path("values")) {
          options.add(o.path("value").asText());
        }
      }
      fields.add(new FormField(
          key,
          c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText(null),
          type,
          !hiddenOrReadOnly && v.path("required").asBoolean(false),
          v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
          v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null,
          v.hasNonNull("min") ? v.get("min").asDouble() : null,
          v.hasNonNull("max") ? v.get("max").asDouble() : null,
          v.hasNonNull("pattern") ? v.get("pattern").asText() : null,
          c.path("subtype").asText(null),
          options,
          c.path("valuesKey").asText(null),
          maxItems(c.path("properties").path("maxItems")),
          c.has("components") ? parseComponents(c.path("components")) : List.of()));
    }
    return fields;
  }

  /** Custom properties are strings in form-js ({@code "properties": {"maxItems": "20"}}); numbers are accepted too. */
  private static Integer maxItems(JsonNode value) {
    if (value.isNumber()) {
      return value.asInt();
    }
    if (value.isTextual()) {
      try {
        return Integer.valueOf(value.asText().trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("properties.maxItems is not a whole number: " + value.asText(), e);
      }
    }
    return null;
  }

  /** The variable names a submission of this form may carry: its fields' keys (a dotted key writes its first part). */
  public Set<String> declaredKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (FormField f : fields) {
      int dot = f.key().indexOf('.');
      keys.add(dot < 0 ? f.key() : f.key().substring(0, dot));
    }
    return keys;
  }
}
