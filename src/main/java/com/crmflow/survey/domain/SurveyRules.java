package com.crmflow.survey.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.stream.Stream;

/** The rules of satisfaction surveys that need neither database nor engine (tested in milliseconds). */
public final class SurveyRules {

  private SurveyRules() {}

  /** A survey's scores, 1–5 each; a dimension not asked is null. */
  public record Scores(Integer quality, Integer timeliness, Integer attitude, Integer professionalism,
      Integer overall) {

    Stream<Integer> dimensions() {
      return Stream.of(quality, timeliness, attitude, professionalism, overall);
    }
  }

  /** SPEC P7.2: overall ≤ the setting (default 2) or any dimension ≤ the setting (default 1). */
  public static boolean isLow(Scores s, SurveySettings.LowScore rule) {
    return s.overall() != null && s.overall() <= rule.overallAtMost()
        || s.dimensions().anyMatch(d -> d != null && d <= rule.anyDimensionAtMost());
  }

  /**
   * The day a customer's next periodic survey is due: one period of its grade after its latest survey (of any
   * trigger: a survey after a project, complaint or visit counts), or after the day it entered the archive when it
   * has none; empty when its grade has no periodic survey.
   */
  public static Optional<LocalDate> periodicDueOn(String grade, LocalDate latestSurvey, LocalDate customerSince,
      SurveySettings.Periodic periodic) {
    Optional<Period> period = periodic.of(grade);
    LocalDate from = latestSurvey != null ? latestSurvey : customerSince;
    return period.filter(p -> !p.isZero() && !p.isNegative()).map(from::plus);
  }

  /** Whether the periodic survey is due on {@code today}. */
  public static boolean periodicDue(String grade, LocalDate latestSurvey, LocalDate customerSince,
      SurveySettings.Periodic periodic, LocalDate today) {
    return periodicDueOn(grade, latestSurvey, customerSince, periodic).map(d -> !d.isAfter(today)).orElse(false);
  }

  /** At most one open survey per customer, trigger and source (per customer and trigger for the periodic one). */
  public static String openKey(Long customerId, String trigger, String sourceRef) {
    return customerId + ":" + trigger + (SurveyCodes.TRIGGER_PERIODIC.equals(trigger) ? "" : ":" + sourceRef);
  }
}
