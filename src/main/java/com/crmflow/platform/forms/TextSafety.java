package com.crmflow.platform.forms;

import com.crmflow.platform.text.SafeText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * {@link SafeText} applied to submitted form values and variables (JSON trees included). Characters no submitted text may hold: NUL (PostgreSQL cannot store it; H2 would) and unpaired UTF-16 surrogates
 * (not encodable as UTF-8). Both come only from crafted requests, never from typing.
 */
public final class TextSafety {

  private TextSafety() {}

  /** What is wrong with {@code s} (Chinese), or null if nothing: the one check of {@link SafeText}. */
  public static String problem(String s) {
    return SafeText.problem(s);
  }

  /** The first problem in any text (values and object keys) of a JSON tree, or null. */
  public static String problem(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return problem(node.asText());
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        String p = problem(item);
        if (p != null) {
          return p;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = problem(e.getKey());
        if (p == null) {
          p = problem(e.getValue());
        }
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }
}
