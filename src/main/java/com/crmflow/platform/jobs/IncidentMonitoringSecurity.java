package com.crmflow.platform.jobs;

import com.crmflow.platform.security.CamundaIdentityAuthenticationProvider;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Security of {@code /actuator/**}, before every other chain: the health status is public (probes), its details
 * (incidents, database) and the metrics are for {@code camunda-admin}, who authenticate with HTTP Basic like on
 * {@code /engine-rest}; so is any other endpoint an operator exposes later. A missing or wrong login is answered 401 <em>without</em> a {@code WWW-Authenticate} challenge,
 * so a browser never opens its own login dialog; an anonymous health request just gets the status.
 */
@Configuration
public class IncidentMonitoringSecurity {

  static final String ADMIN = "GROUP_camunda-admin";

  @Bean
  @Order(0)
  public SecurityFilterChain actuatorSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
      throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    AuthenticationEntryPoint noChallenge = (request, response, e) ->
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    http.securityMatcher(path.matcher("/actuator/**"))
        .authorizeHttpRequests(a -> a
            .requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/**")).permitAll()
            .requestMatchers(path.matcher("/actuator/metrics"), path.matcher("/actuator/metrics/**"))
            .hasAuthority(ADMIN)
            .anyRequest().hasAuthority(ADMIN)) // any other endpoint an operator exposes: administrators only
        .authenticationProvider(provider)
        .httpBasic(b -> b.authenticationEntryPoint(noChallenge))
        .exceptionHandling(e -> e.authenticationEntryPoint(noChallenge))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }
}
