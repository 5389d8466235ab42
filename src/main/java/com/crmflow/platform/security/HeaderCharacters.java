package com.crmflow.platform.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The header rules of Spring Security's {@link StrictHttpFirewall}, checked without a regular expression.
 *
 * <p>The firewall checks every header name and value when it is read — Camunda's REST API (Jersey) reads all headers
 * of every request — with the patterns {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} (names) and
 * {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} (values): about 9 % of the CPU of a small authenticated read
 * (issue 9, JFR). These predicates accept exactly the same strings (every code point assigned, none a control
 * character, a tab allowed in values; {@code HeaderCharactersTest} compares them with the patterns over every code
 * point), with a fast path for printable ASCII.
 */
final class HeaderCharacters {

  /** Header names: assigned code points, no control characters. */
  static final Predicate<String> NAMES = s -> allowed(s, false);

  /** Header values: the same, and tabs. */
  static final Predicate<String> VALUES = s -> allowed(s, true);

  private HeaderCharacters() {}

  /** Spring Security's strict firewall (all its other rules unchanged) with these header checks. */
  static StrictHttpFirewall firewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowedHeaderNames(NAMES);
    firewall.setAllowedHeaderValues(VALUES);
    return firewall;
  }

  static boolean allowed(String s, boolean tab) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        continue; // printable ASCII: assigned, not a control character
      }
      int cp = s.codePointAt(i);
      if (Character.charCount(cp) == 2) {
        i++;
      }
      if (!Character.isDefined(cp) || (Character.getType(cp) == Character.CONTROL && !(tab && cp == '\t'))) {
        return false;
      }
    }
    return true;
  }
}
