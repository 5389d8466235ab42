package com.crmflow.care.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The greeting rules (SPEC P8.4) without Spring: which birthdays and holidays fall due a week ahead, and their keys. */
class CareRulesTest {

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  @Verifies("P8.4")
  void aBirthdayIsDueFromAWeekAheadUntilTheDayItself() {
    LocalDate birthday = d("1980-09-26");
    assertThat(CareRules.birthdayDue(birthday, d("2026-09-18"), 7)).as("8 days ahead").isEmpty();
    assertThat(CareRules.birthdayDue(birthday, d("2026-09-19"), 7)).contains(d("2026-09-26"));
    assertThat(CareRules.birthdayDue(birthday, d("2026-09-26"), 7)).as("a missed run catches up").contains(
        d("2026-09-26"));
    assertThat(CareRules.birthdayDue(birthday, d("2026-09-27"), 7)).as("passed: next year's is far").isEmpty();
    assertThat(CareRules.birthdayDue(d("1980-01-02"), d("2026-12-28"), 7)).as("across the new year")
        .contains(d("2027-01-02"));
    assertThat(CareRules.birthdayDue(null, d("2026-09-19"), 7)).isEmpty();
    assertThat(CareRules.birthdayDue(d("2027-01-01"), d("2026-12-28"), 7)).as("a birthday in the future is none")
        .isEmpty();
  }

  @Test
  @Verifies("P8.4")
  void the29thOfFebruaryIsGreetedOnThe28thInOtherYears() {
    assertThat(CareRules.nextBirthday(d("1992-02-29"), d("2026-02-01"))).isEqualTo(d("2026-02-28"));
    assertThat(CareRules.nextBirthday(d("1992-02-29"), d("2028-02-01"))).isEqualTo(d("2028-02-29"));
    assertThat(CareRules.nextBirthday(d("1992-02-29"), d("2026-03-01"))).isEqualTo(d("2027-02-28"));
  }

  @Test
  @Verifies("P8.4")
  void eachHolidayPeriodIsGreetedOnceFromItsFirstDay() {
    Set<LocalDate> holidays = Set.of(d("2026-09-25"), d("2026-09-26"), d("2026-09-27"), d("2026-10-01"),
        d("2026-10-02"), d("2026-10-03"));
    assertThat(CareRules.holidayStarts(holidays)).containsExactly(d("2026-09-25"), d("2026-10-01"));
    assertThat(CareRules.holidaysDue(holidays, d("2026-09-18"), 7)).containsExactly(d("2026-09-25"));
    assertThat(CareRules.holidaysDue(holidays, d("2026-09-24"), 7)).containsExactly(d("2026-09-25"),
        d("2026-10-01"));
    assertThat(CareRules.holidaysDue(holidays, d("2026-09-26"), 7)).as("inside a period: not again")
        .containsExactly(d("2026-10-01"));
    assertThat(CareRules.holidaysDue(holidays, d("2026-09-17"), 7)).isEmpty();
  }

  @Test
  @Verifies("P8.4")
  void holidaysAreNamedFromTheSettingsElseByTheirFirstDay() {
    assertThat(CareRules.holidayName(d("2026-10-01"), Map.of("10-01", "国庆节"))).isEqualTo("国庆节");
    assertThat(CareRules.holidayName(d("2026-09-25"), Map.of("10-01", "国庆节"))).isEqualTo("节假日（9月25日起）");
  }

  @Test
  void theKeysMakeEachGreetingUnique() {
    assertThat(CareRules.birthdayKey(7L, d("2026-09-26"))).isEqualTo("BIRTHDAY:7:2026-09-26");
    assertThat(CareRules.holidayKey("zhangwei", d("2026-10-01"))).isEqualTo("HOLIDAY:zhangwei:2026-10-01");
    assertThat(CareRules.birthdayKey(7L, d("2027-09-26"))).isNotEqualTo(CareRules.birthdayKey(7L, d("2026-09-26")));
  }
}
