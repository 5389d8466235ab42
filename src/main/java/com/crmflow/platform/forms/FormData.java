package com.crmflow.platform.forms;

import com.crmflow.platform.process.InvalidFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a form submitted and takes it out of the process variables: business data moves into our tables,
 * the process keeps only ids and routing flags. Routing flags (e.g. {@code planApproved}) are read with
 * {@link #flag} and left in place for the gateway.
 */
public final class FormData {

  private final VariableScope scope;

  private FormData(VariableScope scope) {
    this.scope = scope;
  }

  public static FormData of(VariableScope scope) {
    return new FormData(scope);
  }

  /** The trimmed text of a field, removed from the variables; null when empty. */
  public String takeText(String name) {
    JsonNode node = takeJson(name);
    if (node == null || node.isNull()) {
      return null;
    }
    String s = node.isTextual() ? node.asText() : node.toString();
    s = s.trim();
    return s.isEmpty() ? null : s;
  }

  public LocalDate takeDate(String name) {
    String s = takeText(name);
    return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }

  public List<String> takeList(String name) {
    JsonNode node = takeJson(name);
    List<String> values = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> values.add(n.asText()));
    }
    return values;
  }

  /** Any field as JSON (dynamic lists arrive as arrays of objects), removed from the variables. */
  public JsonNode takeJson(String name) {
    Object value = scope.getVariableTyped(name);
    if (scope.hasVariable(name)) {
      scope.removeVariable(name);
    }
    return value == null ? null : SubmittedValues.toJson(value);
  }

  /**
   * A whole-number field (Camunda Forms submit numbers as Long or Double), removed from the variables; null when
   * empty; a fraction or text is refused naming the field.
   */
  public Long takeWholeNumber(String name) {
    String s = takeText(name);
    if (s == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(s);
      if (d != Math.rint(d)) {
        throw new InvalidFieldException(name, "必须是整数：" + s);
      }
      return (long) d;
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(name, "不是数字：" + s);
    }
  }

  /** {@link #takeWholeNumber} for fields that hold an int (scores, counts, ids kept as Integer). */
  public Integer takeInteger(String name) {
    Long value = takeWholeNumber(name);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      throw new InvalidFieldException(name, "数值超出范围：" + value);
    }
    return value == null ? null : value.intValue();
  }

  /** A decimal field (a number with decimal digits), removed from the variables; null when empty. */
  public BigDecimal takeDecimal(String name) {
    String s = takeText(name);
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(name, "不是数字：" + s);
    }
  }

  /** A checkbox that is not a routing flag, removed from the variables: true only when ticked. */
  public boolean takeFlag(String name) {
    return "true".equals(takeText(name));
  }

  /**
   * A boolean routing flag as the form submitted it (a checkbox sends a Boolean, an engine-rest caller may send
   * the text "true"); the caller writes it back typed. Missing counts as false.
   */
  public boolean flag(VariableFactory<Boolean> flag) {
    Object value = scope.getVariable(flag.getName());
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }
}
