package com.crmflow.development.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code customer-development} ({@code crm.development.*}; config/application.yaml describes them).
 *
 * @param noContactEscalation SPEC P5.3: a lead without contact with the customer this long (ISO 8601, counted from
 *                            the last contact) goes to crm-dept as 督办客户跟进
 */
@ConfigurationProperties("crm.development")
public record DevelopmentSettings(@DefaultValue("P30D") Duration noContactEscalation) {}
