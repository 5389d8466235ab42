package com.crmflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The V13 one-off repair on PostgreSQL: ACTIVE customers the former project intake created by name (no owner, no
 * grade, no audit entry) get the owner the rules pick, each change with an owner history row and an audit entry;
 * the step is marked done and does not run again at the next start.
 */
@IntegrationTest
class IntakeCustomerOwnersIT {

  @Autowired IntakeCustomerOwners repair;
  @Autowired JdbcTemplate jdbc;
  @Autowired OwnerEligibility eligibility;

  /** A customer as the former intake made it, with a requirement registered by {@code accountManager}. */
  private long intakeCustomer(String grade, String accountManager) {
    Timestamp now = Timestamp.from(Instant.now());
    String name = "原需求登记自动建档客户" + System.nanoTime();
    jdbc.update("INSERT INTO crm_customer (name, grade, status, created_at) VALUES (?, ?, 'ACTIVE', ?)", name, grade,
        now);
    long id = jdbc.queryForObject("SELECT id FROM crm_customer WHERE name = ?", Long.class, name);
    jdbc.update("INSERT INTO crm_project (project_number, customer_id, title, details, complexity, status,"
        + " account_manager, created_at) VALUES (?, ?, '旧项目', '旧需求', 'normal', 'REQUIREMENT', ?, ?)",
        "PRJ-OLD-" + (id % 100000), id, accountManager, now);
    return id;
  }

  @Test
  @Verifies("P3.4")
  void everyActiveCustomerWithoutOwnerGetsTheOwnerTheRulesPickAuditedOnce() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_one_off_step WHERE step = ?", Integer.class,
        IntakeCustomerOwners.STEP)).as("ran once at startup").isOne();
    long ungraded = intakeCustomer(null, "zhangwei");
    long gradedA = intakeCustomer("A", "zhaomin"); // an executor may not own a customer: the picker chooses

    assertThat(repair.repair()).isGreaterThanOrEqualTo(2);

    assertThat(owner(ungraded)).isEqualTo("zhangwei");
    String ownerOfA = owner(gradedA);
    assertThat(ownerOfA).isNotNull().isNotEqualTo("zhaomin");
    assertThat(eligibility.isEligible(ownerOfA, "A")).isTrue();
    for (long id : new long[] {ungraded, gradedA}) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_audit_log WHERE action = 'OWNER_CHANGE'"
          + " AND entity_type = 'customer' AND entity_id = ?", Integer.class, String.valueOf(id))).isOne();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_customer_owner_change WHERE customer_id = ?"
          + " AND changed_by = 'system'", Integer.class, id)).isOne();
    }
    // the next start finds the step done and changes nothing
    repair.run(null);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_one_off_step WHERE step = ?", Integer.class,
        IntakeCustomerOwners.STEP)).isOne();
  }

  private String owner(long id) {
    return jdbc.queryForObject("SELECT owner FROM crm_customer WHERE id = ?", String.class, id);
  }
}
