package com.crmflow.platform.integrity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Process integrity for what enters the engine through Camunda's REST API: the filter marks those requests, the
 * engine plugin ({@link ProcessIntegrityPlugin}) checks their commands.
 */
@Configuration
public class ProcessIntegrityConfig {

  /** Camunda REST as Camunda Modeler and curl use it, and the same API as the webapps (Tasklist, Cockpit) use it. */
  static final String[] ENGINE_API_PATHS = {"/engine-rest/*", "/camunda/api/engine/*"};

  @Bean
  public FilterRegistrationBean<ExternalRequestFilter> externalRequestFilter() {
    FilterRegistrationBean<ExternalRequestFilter> registration =
        new FilterRegistrationBean<>(new ExternalRequestFilter());
    registration.addUrlPatterns(ENGINE_API_PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** After Spring Security (an anonymous caller gets 401 first), before Camunda's REST servlet. */
  @Bean
  public FilterRegistrationBean<SkipFlagsWithoutInstructionsFilter> skipFlagsWithoutInstructionsFilter(
      com.fasterxml.jackson.databind.ObjectMapper json) {
    FilterRegistrationBean<SkipFlagsWithoutInstructionsFilter> registration =
        new FilterRegistrationBean<>(new SkipFlagsWithoutInstructionsFilter(json));
    registration.addUrlPatterns(ENGINE_API_PATHS);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
