package com.crmflow.evaluation.domain;

import com.crmflow.platform.process.InvalidFieldException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2026-Q3} (1 July – 30 September 2026), the period of one evaluation. */
public record Quarter(int year, int number) {

  private static final Pattern TEXT = Pattern.compile("^(\\d{4})-Q([1-4])$");

  public Quarter {
    if (number < 1 || number > 4 || year < 2000 || year > 9999) {
      throw new IllegalArgumentException("no quarter " + year + "-Q" + number);
    }
  }

  /** Parses {@code 2026-Q3}; anything else is a clear error on the field {@code quarter}. */
  public static Quarter parse(String text) {
    var m = text == null ? null : TEXT.matcher(text.trim());
    if (m == null || !m.matches()) {
      throw new InvalidFieldException("quarter", "季度格式应为 2026-Q3：" + text);
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter that ended last before {@code day}'s quarter (on 1 October 2026: 2026-Q3). */
  public static Quarter endedBefore(LocalDate day) {
    return of(day).previous();
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /** 2026 年第 3 季度. */
  public String shown() {
    return year + " 年第 " + number + " 季度";
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
