package com.crmflow.complaint.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The complaint KPIs of a period (DESIGN "KPI definitions"): complaints received in [from, to], inclusive dates in
 * Asia/Shanghai. Breakdowns map a code (department: its name) to a count, most frequent first. Rates lie in
 * [0, 1], rounded to 4 decimals, and are null when their denominator is 0; {@code averageSatisfaction} (1–5) is
 * rounded to 2 decimals and null when no complaint of the period has a satisfaction score.
 */
public record ComplaintKpis(
    LocalDate from,
    LocalDate to,
    long total,
    Map<String, Long> byCategory,
    Map<String, Long> byCause,
    Map<String, Long> byDepartment,
    Map<String, Long> byChannel,
    Double onTimeInitialResponseRate,
    Double onTimeFeedbackRate,
    Double resolutionRate,
    Double reopenRate,
    Double averageSatisfaction,
    List<CauseCount> recurringCauses) {

  /** A cause with the number of complaints of the period that had it. */
  public record CauseCount(String cause, long count) {}
}
