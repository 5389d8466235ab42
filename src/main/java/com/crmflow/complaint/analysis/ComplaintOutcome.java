package com.crmflow.complaint.analysis;

/**
 * One complaint of a period as the quarterly evaluation (SPEC P7.3) reads it: its customer, its decided deadlines
 * per kind (initial response, result feedback; counted like {@link ComplaintKpis}: each decided deadline, met or
 * not), whether it was reopened and the customer's verdict ({@code satisfied}, null while none was given).
 */
public record ComplaintOutcome(String complaintNumber, Long customerId, long initialResponsesMet,
    long initialResponsesDecided, long feedbacksMet, long feedbacksDecided, boolean reopened, Boolean satisfied) {}
