package com.crmflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall's header checks without regular expressions accept exactly what Spring Security's patterns accept. */
class HeaderCharactersTest {

  private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
  private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

  @Test
  void theSpringSecurityDefaultsAreStillThesePatterns() {
    // if Spring Security changes its rules, this test must be revisited together with HeaderCharacters
    for (String s : new String[] {"", "Accept", "application/json", "a\tb", "a\u0001b", "\u0378", "中文", "\uD83D\uDE00",
        "\uD800", "x\u007fy", "\u0085"}) {
      assertThat(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(s)).as(s).isEqualTo(NAMES.matcher(s).matches());
      assertThat(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(s)).as(s).isEqualTo(VALUES.matcher(s).matches());
    }
  }

  @Test
  void everyCodePointIsJudgedAsByThePatterns() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String alone = new String(Character.toChars(cp));
      String inText = "ab" + alone + "cd";
      check(HeaderCharacters.NAMES, NAMES, alone);
      check(HeaderCharacters.NAMES, NAMES, inText);
      check(HeaderCharacters.VALUES, VALUES, alone);
      check(HeaderCharacters.VALUES, VALUES, inText);
    }
  }

  @Test
  void surrogatesAndTabs() {
    for (String s : new String[] {"\uD800", "a\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00x", "\uDE00\uD83D", "\t", "a\tb",
        "a\r\nb", "a\u0000", "Basic aHVhbmdmYW5nOmRlbW8=", ""}) {
      check(HeaderCharacters.NAMES, NAMES, s);
      check(HeaderCharacters.VALUES, VALUES, s);
    }
    assertThat(HeaderCharacters.VALUES.test("a\tb")).isTrue();
    assertThat(HeaderCharacters.NAMES.test("a\tb")).isFalse();
    assertThat(HeaderCharacters.VALUES.test("a\r\nb")).isFalse();
  }

  private static void check(Predicate<String> fast, Pattern pattern, String s) {
    boolean expected = pattern.matcher(s).matches();
    if (fast.test(s) != expected) {
      throw new AssertionError("differs for " + s.codePoints().mapToObj(Integer::toHexString).toList()
          + ": pattern " + expected);
    }
  }
}
