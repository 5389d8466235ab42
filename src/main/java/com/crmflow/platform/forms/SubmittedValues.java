package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Turns submitted variable values into Jackson trees for validation and for the bindings. What a form or an
 * {@code /engine-rest} caller can submit is plain data — text, numbers, booleans, dates, lists and maps of them, JSON
 * (Spin) values, serialized values — so the tree is built directly ({@link JsonNodeFactory}); JSON text is read by
 * the engine's own JSON data format (Spin), so there is no mapper of ours here.
 */
public final class SubmittedValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
        return serialized == null ? NullNode.getInstance() : (JsonNode) Spin.JSON(serialized).unwrap();
      }
      if (value instanceof TypedValue tv) {
        value = tv.getValue();
      }
      return tree(value);
    } catch (RuntimeException e) {
      // Unreadable content counts as a wrong type for every typed field.
      return TextNode.valueOf(String.valueOf(value));
    }
  }

  private static JsonNode tree(Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof SpinJsonNode spin) {
      return (JsonNode) spin.unwrap();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
      return TextNode.valueOf(value.toString());
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger i) {
      return NODES.numberNode(i);
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(n.doubleValue());
    }
    if (value instanceof Date date) {
      return TextNode.valueOf(date.toInstant().toString());
    }
    if (value instanceof TemporalAccessor time) {
      return TextNode.valueOf(time.toString());
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), tree(v)));
      return object;
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(v -> array.add(tree(v)));
      return array;
    }
    if (value instanceof Object[] items) {
      ArrayNode array = NODES.arrayNode();
      for (Object v : items) {
        array.add(tree(v));
      }
      return array;
    }
    // anything else (a Java object an /engine-rest caller sent as an Object value) is no form value: its text
    return TextNode.valueOf(String.valueOf(value));
  }
}
