package com.crmflow.customer.credit;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.credit.*}: a rating below {@code risk-threshold} (a code of {@link CreditRatings}, default BB: B and C
 * need risk measures) needs risk measures by crm-dept; a lapsing evaluation opens its re-evaluation on the
 * valid-until day at {@code reevaluation-time} (Beijing time). The defaults are written here only.
 */
@ConfigurationProperties("crm.credit")
public record CreditSettings(@DefaultValue("BB") String riskThreshold,
    @DefaultValue("09:00") LocalTime reevaluationTime) {

  public CreditSettings {
    if (!CreditRatings.CODES.contains(riskThreshold)) {
      throw new IllegalArgumentException("crm.credit.risk-threshold must be one of " + CreditRatings.CODES + ": "
          + riskThreshold);
    }
  }
}
