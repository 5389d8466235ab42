package com.crmflow.agreement.domain;

import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code cooperation-agreement} ({@code crm.agreement.*}; config/application.yaml describes the keys).
 *
 * @param expiryNotice SPEC P6.3: this long before the end of its term the drafter gets 「协议即将到期」 (ISO 8601)
 * @param noticeTime   time of day (working calendar's zone) at which the expiry notice appears
 */
@ConfigurationProperties("crm.agreement")
public record AgreementSettings(
    @DefaultValue("P30D") Period expiryNotice,
    @DefaultValue("09:00") LocalTime noticeTime) {

  public AgreementSettings {
    if (expiryNotice.isNegative()) {
      throw new IllegalArgumentException("crm.agreement.expiry-notice must not be negative: " + expiryNotice);
    }
  }
}
