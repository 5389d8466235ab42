package com.crmflow.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.security.login-throttle}: see {@link LoginThrottle}. A client address gets more free failures than a
 * user ({@code addressFreeFailures}): several people may share one address (office NAT). {@code enabled: false} (environment
 * {@code CRM_SECURITY_LOGIN_THROTTLE_ENABLED=false}) is the break-glass switch when no administrator can log in.
 */
@ConfigurationProperties("crm.security.login-throttle")
public record LoginThrottleProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("3") int freeFailures,
    @DefaultValue("10") int addressFreeFailures,
    @DefaultValue("PT2S") Duration baseDelay,
    @DefaultValue("PT1M") Duration maxDelay,
    @DefaultValue("PT15M") Duration forgetAfter,
    @DefaultValue("100000") long maxEntries) {
}
