package com.crmflow.supervision.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The grading audit report ({@code GET /api/grading-audits/{id}}): the compiled data, review and decision. */
public record GradingAuditReport(Long id, String auditNumber, int auditYear, String status, String startedBy,
    Instant compiledAt, JsonNode data, String conclusion, String conclusionLabel, String findings,
    String recommendations, String reviewedBy, Instant reviewedAt, String managementDecision,
    String managementDecisionLabel, String managementNote, String decidedBy, Instant decidedAt) {}
