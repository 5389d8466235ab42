package com.crmflow.customer.owner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Makes {@link OwnerPicker}s from the current customer counts and the eligibility table. */
@Component
public class OwnerAssignment {

  private final JdbcTemplate jdbc;
  private final OwnerEligibility eligibility;

  public OwnerAssignment(JdbcTemplate jdbc, OwnerEligibility eligibility) {
    this.jdbc = jdbc;
    this.eligibility = eligibility;
  }

  public OwnerPicker picker() {
    return new OwnerPicker(jdbc, eligibility);
  }
}
