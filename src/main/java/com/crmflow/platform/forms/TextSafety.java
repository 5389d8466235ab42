package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Characters no submitted text may hold: NUL (PostgreSQL cannot store it; H2 would) and unpaired UTF-16 surrogates
 * (not encodable as UTF-8). Both come only from crafted requests, never from typing.
 */
public final class TextSafety {

  private TextSafety() {}

  /** What is wrong with {@code s} (Chinese), or null if nothing. */
  public static String problem(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        return "含有不允许的空字符（NUL）";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return "含有不成对的代理字符（无效的 Unicode 文本）";
      }
      if (Character.isLowSurrogate(c)) {
        return "含有不成对的代理字符（无效的 Unicode 文本）";
      }
    }
    return null;
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
