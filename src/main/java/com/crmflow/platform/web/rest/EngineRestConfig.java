package com.crmflow.platform.web.rest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Per-request costs of Camunda's REST API that our application removes (issue 9). */
@Configuration
public class EngineRestConfig {

  /** {@code /engine-rest} and the web apps' API (Tasklist, Cockpit and Admin call the engine through it). */
  static final String[] CAMUNDA_API_PATHS = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  public FilterRegistrationBean<EngineProviderLookupCache> engineProviderLookupCache() {
    FilterRegistrationBean<EngineProviderLookupCache> registration =
        new FilterRegistrationBean<>(new EngineProviderLookupCache());
    registration.addUrlPatterns(CAMUNDA_API_PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
