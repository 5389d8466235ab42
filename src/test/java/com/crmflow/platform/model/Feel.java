package com.crmflow.platform.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Just enough of FEEL (form-js conditions, {@code =…} properties and {@code {{…}}} templates) to find variables. */
final class Feel {

  private Feel() {}

  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "and", "or", "not", "in", "between",
      "instance", "of", "some", "every", "satisfies", "if", "then", "else", "for", "return", "function", "external",
      "this", "parent", "_this_", "_parent_", "item");

  /** The variables a FEEL expression reads (not properties after a dot, not function names). */
  static Set<String> identifiers(String expression) {
    Set<String> ids = new LinkedHashSet<>();
    List<Juel.Token> t = Juel.tokenize(expression);
    for (int i = 0; i < t.size(); i++) {
      Juel.Token tok = t.get(i);
      if (!tok.ident() || KEYWORDS.contains(tok.text())) {
        continue;
      }
      Juel.Token prev = i > 0 ? t.get(i - 1) : null;
      Juel.Token next = i + 1 < t.size() ? t.get(i + 1) : null;
      if ((prev != null && prev.is(".")) || (next != null && (next.is("(") || next.is(":")))) {
        continue; // a property, a function, or a key of a context literal
      }
      // multi-word built-in functions ("string length(", "date and time(") start with a plain word
      if (next != null && next.ident() && i + 2 < t.size() && t.get(i + 2).is("(")) {
        continue;
      }
      ids.add(tok.text());
    }
    return ids;
  }

  /** The variables of a form-js template block: {@code {{x}}}, {@code {{#if x}}}, {@code {{#loop items}}}. */
  static Set<String> templateIdentifiers(String block) {
    String b = block.trim();
    if (b.startsWith("/") || b.equals("else")) {
      return Set.of();
    }
    if (b.startsWith("#")) {
      int space = b.indexOf(' ');
      b = space < 0 ? "" : b.substring(space + 1);
    }
    return identifiers(b);
  }
}
