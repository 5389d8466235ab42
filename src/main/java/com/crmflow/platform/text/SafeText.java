package com.crmflow.platform.text;

/**
 * Text that may enter the system: no NUL character (PostgreSQL cannot store it in a text column, and H2 would
 * keep it) and no unpaired UTF-16 surrogate (no valid Unicode text contains one). Checked at the edge of
 * {@code /api} (every JSON string, request parameter, path variable and header) and of the engine (every form value
 * and variable from Camunda REST, {@code platform/forms}), so that no bad text reaches a
 * table.
 */
public final class SafeText {

  private SafeText() {}

  /** Null when the text is acceptable; otherwise what is wrong with it, in Chinese, without quoting it. */
  public static String problem(CharSequence s) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0000') {
        return "含有不允许的空字符（NUL，U+0000）";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return "含有无效的 Unicode 字符（不成对的代理项）";
      }
      if (Character.isLowSurrogate(c)) {
        return "含有无效的 Unicode 字符（不成对的代理项）";
      }
    }
    return null;
  }
}
