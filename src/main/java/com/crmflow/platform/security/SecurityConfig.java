package com.crmflow.platform.security;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /engine-rest/**} (Camunda REST, used by Camunda Modeler) and {@code /api/**} (ours): HTTP Basic
 *       against Camunda users, stateless, engine authorization checks apply.</li>
 *   <li>{@code /camunda/**}: the Camunda webapps, which keep their own login, session and CSRF protection.</li>
 *   <li>{@code /actuator/health/**}: anonymous. Everything else: refused.</li>
 * </ul>
 */
@Configuration
public class SecurityConfig {

  @Bean
  @Order(1)
  public SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService) throws Exception {
    // Path matchers, not MVC matchers: /engine-rest is served by Camunda's Jersey servlet, not by Spring MVC, and an
    // MVC matcher does not match it — the request would fall through to the last chain without the engine user.
    http.securityMatcher(paths("/engine-rest/**", "/api/**"))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .authenticationProvider(provider)
        .httpBasic(b -> b.realmName("crm-process"))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  public SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(paths("/camunda/**", "/", "/actuator/health", "/actuator/health/**", "/error"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        // Camunda webapps have their own session authentication and CSRF filter.
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    return http.build();
  }

  @Bean
  @Order(3)
  public SecurityFilterChain denyEverythingElse(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
      throws Exception {
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .authenticationProvider(provider)
        .httpBasic(Customizer.withDefaults())
        .csrf(c -> c.disable());
    return http.build();
  }

  private static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
  }
}
