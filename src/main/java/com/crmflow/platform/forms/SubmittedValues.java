package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/** Turns submitted variable values (Java objects, typed values, Spin JSON) into Jackson trees for validation. */
public final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private SubmittedValues() {}

  public static Map<String, JsonNode> toJson(Map<String, Object> variables) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    if (variables instanceof VariableMap typed) {
      // a VariableMap's plain get() deserializes Object values; the typed value never does
      typed.keySet().forEach(k -> result.put(k, toJson((Object) typed.getValueTyped(k))));
    } else if (variables != null) {
      variables.forEach((k, v) -> result.put(k, toJson(v)));
    }
    return result;
  }

  public static JsonNode toJson(Object value) {
    try {
      if (value instanceof SerializableValue sv && !sv.isDeserialized()) {
        String serialized = sv.getValueSerialized();
        return serialized == null ? NullNode.getInstance() : JSON.readTree(serialized);
      }
      if (value instanceof TypedValue tv) {
        value = tv.getValue();
      }
      if (value == null) {
        return NullNode.getInstance();
      }
      if (value instanceof SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      if (value instanceof Date date) {
        return TextNode.valueOf(date.toInstant().toString());
      }
      return JSON.valueToTree(value);
    } catch (Exception e) {
      // Unreadable content counts as a wrong type for every typed field.
      return TextNode.valueOf(String.valueOf(value));
    }
  }
}
