package com.crmflow.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.security.allowed-origins} (environment {@code CRM_SECURITY_ALLOWED_ORIGINS}, comma-separated): origins
 * ({@code scheme://host[:port]}) besides the application's own from which browsers may send state-changing requests
 * to {@code /engine-rest} and {@code /api} ({@link CrossOriginRequestFilter}). None by default.
 */
@ConfigurationProperties("crm.security")
public record CrossOriginProperties(@DefaultValue List<String> allowedOrigins) {}
