package com.crmflow.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.security.verified-logins}: how long a verified HTTP Basic login is remembered ({@link VerifiedLogins});
 * {@code ttl: PT0S} switches the memory off.
 */
@ConfigurationProperties("crm.security.verified-logins")
public record VerifiedLoginsProperties(@DefaultValue("PT30S") Duration ttl, @DefaultValue("10000") long maxEntries) {
}
