package com.crmflow.platform.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough of JUEL ({@code ${…}}, {@code #{…}}) to find the identifiers an expression starts from. */
final class Juel {

  private Juel() {}

  /**
   * A root identifier: a bean, variable or built-in, with the first property or method used on it.
   *
   * @param args number of arguments when {@code member} is a method call, -1 for a property
   * @param function {@code name(…)} — a JUEL function
   */
  record Root(String name, String member, int args, boolean function) {}

  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "div",
      "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof");

  record Token(String text, boolean ident) {
    boolean is(String s) {
      return !ident && text.equals(s);
    }
  }

  /** The contents of the {@code ${…}} and {@code #{…}} blocks of a text. */
  static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    int i = 0;
    while (i < text.length() - 1) {
      char c = text.charAt(i);
      if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
        int depth = 0;
        int j = i + 2;
        char quote = 0;
        for (; j < text.length(); j++) {
          char d = text.charAt(j);
          if (quote != 0) {
            if (d == '\\') {
              j++;
            } else if (d == quote) {
              quote = 0;
            }
          } else if (d == '\'' || d == '"') {
            quote = d;
          } else if (d == '{') {
            depth++;
          } else if (d == '}') {
            if (depth == 0) {
              break;
            }
            depth--;
          }
        }
        blocks.add(text.substring(i + 2, Math.min(j, text.length())));
        i = j + 1;
      } else {
        i++;
      }
    }
    return blocks;
  }

  static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        tokens.add(new Token(s.substring(i, Math.min(j + 1, s.length())), false));
        i = j + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i + 1;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
          j++;
        }
        tokens.add(new Token(s.substring(i, j), true));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new Token(s.substring(i, j), false));
        i = j;
      } else {
        tokens.add(new Token(String.valueOf(c), false));
        i++;
      }
    }
    return tokens;
  }

  static List<Root> roots(String text) {
    List<Root> roots = new ArrayList<>();
    for (String block : blocks(text)) {
      List<Token> t = tokenize(block);
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.get(i);
        if (!tok.ident() || KEYWORDS.contains(tok.text())) {
          continue;
        }
        Token prev = i > 0 ? t.get(i - 1) : null;
        if (prev != null && (prev.is(".") || prev.is(":"))) {
          continue; // a property, method or namespaced function
        }
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        if (next != null && next.is(":") && i + 3 < t.size() && t.get(i + 2).ident() && t.get(i + 3).is("(")) {
          roots.add(new Root(tok.text() + ":" + t.get(i + 2).text(), null, -1, true)); // ns:function(…)
          continue;
        }
        if (next != null && next.is("(")) {
          roots.add(new Root(tok.text(), null, -1, true));
          continue;
        }
        String member = null;
        int args = -1;
        if (next != null && next.is(".") && i + 2 < t.size() && t.get(i + 2).ident()) {
          member = t.get(i + 2).text();
          if (i + 3 < t.size() && t.get(i + 3).is("(")) {
            args = countArgs(t, i + 3);
          }
        }
        roots.add(new Root(tok.text(), member, args, false));
      }
    }
    return roots;
  }

  private static int countArgs(List<Token> t, int open) {
    int depth = 0;
    int commas = 0;
    for (int i = open; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.is("(") || tok.is("[")) {
        depth++;
      } else if (tok.is(")") || tok.is("]")) {
        depth--;
        if (depth == 0) {
          return i == open + 1 ? 0 : commas + 1;
        }
      } else if (tok.is(",") && depth == 1) {
        commas++;
      }
    }
    return commas + 1;
  }

  private static final Pattern ACCESS = Pattern.compile(
      "\\b(?:execution|task)\\s*\\.\\s*(getVariable|getVariableLocal|getVariableTyped|setVariable|setVariableLocal)"
          + "\\s*\\(\\s*['\"]([^'\"]+)['\"]");

  /** {@code execution.getVariable('x')} and the like with a literal name: {kind, name}. */
  static List<String[]> variableAccess(String text) {
    List<String[]> found = new ArrayList<>();
    for (String block : blocks(text)) {
      Matcher m = ACCESS.matcher(block);
      while (m.find()) {
        found.add(new String[] {m.group(1).startsWith("get") ? "get" : "set", m.group(2)});
      }
    }
    return found;
  }
}
