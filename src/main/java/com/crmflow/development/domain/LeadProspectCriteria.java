package com.crmflow.development.domain;

import com.crmflow.customer.grading.GradingRules.Prospect;
import com.crmflow.customer.grading.ProspectCriteria;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The leads' answer to the periodic regrading (SPEC P3.1, P5.4): a customer with an open lead (not converted, not
 * closed) whose intention was assessed is a prospect and keeps being graded by the prospect criteria, as at
 * 继续培育 ({@link ProspectGrading}); one query per chunk of customers, on the lead table's customer index.
 */
@Service
public class LeadProspectCriteria implements ProspectCriteria {

  private final JdbcTemplate jdbc;

  public LeadProspectCriteria(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Long, Prospect> between(long firstCustomerId, long lastCustomerId) {
    Map<Long, Prospect> prospects = new HashMap<>();
    // newest lead last: it wins
    jdbc.query("SELECT customer_id, intention, scale, industry FROM crm_lead WHERE customer_id BETWEEN ? AND ?"
        + " AND status NOT IN ('CONVERTED', 'CLOSED') AND intention IS NOT NULL ORDER BY id", rs -> {
          prospects.put(rs.getLong(1), new Prospect(rs.getString(2), rs.getString(3), rs.getString(4)));
        }, firstCustomerId, lastCustomerId);
    return prospects;
  }
}
