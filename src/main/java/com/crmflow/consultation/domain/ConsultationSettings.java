package com.crmflow.consultation.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code customer-consultation} ({@code crm.consultation.*}; config/application.yaml describes the keys).
 *
 * @param responseTime SPEC P5.5 / 002 "[X] 分钟内做出响应": the consultation is answered within this much WORKING
 *     time — the office hours of working days (config/working-calendar.yaml {@code officeHours}); ISO 8601
 * @param warningAt the person holding the answer task is warned when this share of the response time has passed
 * @param secondLevelAfter like complaints (SPEC P2.3, P5.5): at the breach cs-manager supervises; a consultation still
 *     unanswered this share of the response time after the breach (working time; 1.0 = as long again) is escalated
 *     to senior management
 */
@ConfigurationProperties("crm.consultation")
public record ConsultationSettings(
    @DefaultValue("PT30M") Duration responseTime,
    @DefaultValue("0.75") double warningAt,
    @DefaultValue("1.0") double secondLevelAfter) {

  public ConsultationSettings {
    if (responseTime.isNegative() || responseTime.isZero()) {
      throw new IllegalArgumentException("crm.consultation.response-time must be positive: " + responseTime);
    }
    if (warningAt <= 0 || warningAt >= 1) {
      throw new IllegalArgumentException("crm.consultation.warning-at must lie between 0 and 1: " + warningAt);
    }
    if (secondLevelAfter <= 0) {
      throw new IllegalArgumentException("crm.consultation.second-level-after must be positive: " + secondLevelAfter);
    }
  }
}
