package com.crmflow.conformance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.conformance.*} (config/application.yaml names them): the longest period one conformance report may
 * cover (days, default 366: a year, leap years included — a longer one reads too much history at once) and the
 * largest page of its instance list (default 200). The defaults are written here only.
 */
@ConfigurationProperties("crm.conformance")
public record ConformanceSettings(@DefaultValue("366") int maxPeriodDays, @DefaultValue("200") int maxPageSize) {

  public ConformanceSettings {
    if (maxPeriodDays < 1 || maxPeriodDays > 3660) {
      throw new IllegalArgumentException("crm.conformance.max-period-days must be 1-3660: " + maxPeriodDays);
    }
    if (maxPageSize < 1 || maxPageSize > 1000) {
      throw new IllegalArgumentException("crm.conformance.max-page-size must be 1-1000: " + maxPageSize);
    }
  }
}
