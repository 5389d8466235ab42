package com.crmflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What keeps the busiest queries indexed as the data grows (issue 9, benchmarks/README.md "Scale"): PostgreSQL knows
 * how many authorizations pass Camunda's permission bit tests (AuthorizationQueryStatistics), so that it plans staff
 * users' task lists as indexed lookups; a customer search by part of the name can use the trigram index.
 */
@IntegrationTest
class QueryPlansIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  private double estimatedRows(String where) throws Exception {
    jdbc.execute("ANALYZE act_ru_authorization");
    String plan = jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT * FROM act_ru_authorization WHERE " + where,
        String.class);
    JsonNode root = new ObjectMapper().readTree(plan);
    return root.get(0).path("Plan").path("Plan Rows").asDouble();
  }

  @Test
  void thePlannerEstimatesTheBitTestsOfAuthorizationChecksFromStatistics() throws Exception {
    assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE 'crm_auth_perms_%'",
        String.class)).containsExactlyInAnyOrder("crm_auth_perms_2", "crm_auth_perms_64", "crm_auth_perms_512",
        "crm_auth_perms_4096", "crm_auth_perms_4194304");

    int actual = jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization WHERE perms_ & 2 = 2", Integer.class);
    int total = jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization", Integer.class);
    assertThat(actual).as("most authorizations grant READ").isGreaterThan(total / 2);
    // without the statistics PostgreSQL assumes 0.5 % of the rows for "perms_ & 2 = 2"
    assertThat(estimatedRows("perms_ & 2 = 2")).isBetween(actual * 0.7, actual * 1.3);
  }

  @Test
  void aSearchByPartOfTheNameCanUseTheTrigramIndex() {
    // the shape Hibernate sends for GET /api/customers?name=… (CustomerController.search); with a handful of demo
    // customers a sequential scan is cheaper, so it is switched off to see whether the index applies at all
    String plan = new TransactionTemplate(transactions).execute(s -> {
      jdbc.execute("SET LOCAL enable_seqscan = off");
      return String.join("\n", jdbc.queryForList(
          "EXPLAIN SELECT id FROM crm_customer WHERE lower(name) LIKE ? ESCAPE '\\'", String.class, "%物流%"));
    });
    assertThat(plan).contains("ix_customer_name_trgm");
  }
}
