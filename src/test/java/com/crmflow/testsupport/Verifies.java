package com.crmflow.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clauses of docs/requirements.md (P1.4, P2.KPI, X.2, …) that a test checks. On a test method: that test; on a
 * test class: every test of the class (for tables checked cell by cell, e.g. a DMN test). Only what the test
 * actually asserts counts — a test that merely passes through a step does not verify its clause.
 *
 * <p>{@code TraceabilityTest} collects these into docs/traceability.md and fails when a clause has no test, when an
 * id names no clause, or when the annotation sits on something that is not a running test (see docs/testing.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Verifies {

  /** Clause ids as written in docs/requirements.md, e.g. {@code "P2.3"}. */
  String[] value();
}
