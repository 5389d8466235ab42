package com.crmflow.customer.grading;

import com.crmflow.customer.grading.GradingRules.Prospect;
import java.util.Map;

/**
 * Which customers of the archive are prospects (潜在客户) with criteria of their own (SPEC P3.1; 001 §3(1)): the
 * customer of an open lead whose cooperation intention was assessed at a visit is graded by the decision
 * prospect-grading — at 继续培育 and at every periodic regrading — not by the indicators it does not have yet. The
 * customer feature asks; the feature that knows the leads (customer development) answers.
 */
public interface ProspectCriteria {

  /**
   * The prospect criteria of the customers with an id from {@code firstCustomerId} to {@code lastCustomerId} that have
   * an open lead with an assessed intention (the newest such lead per customer), keyed by customer id: the intention,
   * and the scale and industry as captured with the lead (the archive's own values, where present, come first).
   */
  Map<Long, Prospect> between(long firstCustomerId, long lastCustomerId);
}
