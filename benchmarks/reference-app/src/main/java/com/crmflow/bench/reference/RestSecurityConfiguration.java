package com.crmflow.bench.reference;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The standard way to protect Camunda's REST API: Camunda's {@link ProcessEngineAuthenticationFilter} with
 * {@link HttpBasicAuthenticationProvider} on /engine-rest/* (Camunda docs, "Configure Authentication" of the REST
 * API). Every call then runs as the authenticated user, and authorization checks apply.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> processEngineAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
