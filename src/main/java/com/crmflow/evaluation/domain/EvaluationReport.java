package com.crmflow.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One quarter's evaluation as senior management and crm-dept read it (SPEC P7.4, the appraisal input of 000 §3(3)
 * and 004 §6.3): per owner the performance figures, attitude and teamwork, satisfaction and complaint results, and
 * every proposal with its decision. Rates in percent (2 decimals), null when nothing was counted.
 */
public record EvaluationReport(String quarter, String status, Instant computedAt, String decidedBy,
    Instant decidedAt, List<OwnerRow> owners) {

  public record OwnerRow(String owner, int surveys, int satisfiedSurveys, BigDecimal satisfactionRate,
      int complaints, BigDecimal responseRate, BigDecimal feedbackRate, int reopened, int satisfiedVerdicts,
      int verdicts, int visitsDue, int visitsOnTime, BigDecimal visitRate, int upgrades, int newACustomers,
      Integer attitude, Integer teamwork, List<ProposalRow> proposals) {}

  public record ProposalRow(Long id, String kind, String reasonCode, String reason, Long customerId,
      String decision, String decisionReason, String decidedBy, Instant decidedAt) {}
}
