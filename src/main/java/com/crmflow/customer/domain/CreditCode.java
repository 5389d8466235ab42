package com.crmflow.customer.domain;

import java.util.Locale;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters of the code set
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z); position 1 registration authority, 2 organisation type,
 * 3–8 administrative division (digits), 9–17 organisation code, 18 check character:
 * {@code 31 − (Σ value(cᵢ) × wᵢ mod 31)} with weights {@code 3ⁱ⁻¹ mod 31}, 31 written as {@code 0}.
 */
public final class CreditCode {

  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {}

  /** Trimmed, upper case; null for blank. */
  public static String normalize(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return code.trim().toUpperCase(Locale.ROOT);
  }

  /** Null if valid, else why not (Chinese, for the 400 answer). */
  public static String problem(String code) {
    if (code.length() != 18) {
      return "必须是 18 位（当前 " + code.length() + " 位）";
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return "第 " + (i + 1) + " 位「" + code.charAt(i) + "」不是允许的字符（数字及除 I、O、S、V、Z 外的大写字母）";
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return "第 3–8 位（登记管理机关行政区划码）必须是数字";
      }
    }
    char expected = checkCharacter(code.substring(0, 17));
    if (code.charAt(17) != expected) {
      return "校验码错误（第 18 位应为「" + expected + "」，请核对号码）";
    }
    return null;
  }

  public static boolean isValid(String code) {
    return code != null && problem(code) == null;
  }

  /** The check character (position 18) of the first 17 characters. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return CHARSET.charAt(c == 31 ? 0 : c);
  }
}
