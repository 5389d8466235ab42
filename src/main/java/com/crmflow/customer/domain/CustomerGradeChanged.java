package com.crmflow.customer.domain;

/**
 * Published (Spring application event, inside the transaction) whenever {@link CustomerGrades#applyGrade} changes
 * a customer's grade; e.g. the return visits move the next visit to the new grade's cycle.
 */
public record CustomerGradeChanged(Long customerId, String previousGrade, String newGrade, String actor) {}
