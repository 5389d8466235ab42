package com.crmflow.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /engine-rest/**} (Camunda REST, used by Camunda Modeler) and {@code /api/**} (ours): HTTP Basic
 *       against Camunda users, stateless, engine authorization checks apply; the only paths that answer with a
 *       Basic challenge; throttled logins get 429; state-changing requests from a foreign origin get 403.</li>
 *   <li>{@code /camunda/**}: the Camunda webapps, which keep their own login, session and CSRF protection; their
 *       login is throttled like Basic logins. A logged-in webapps session may also <em>read</em>
 *       {@code /api/kpis/**} (the Cockpit figures plugin) and read and upload agreement documents (the Tasklist tab
 *       协议文件; the upload only with the webapps' CSRF token), see {@link WebappSessionApiFilter}; without a session
 *       those paths answer 401 without a Basic challenge.</li>
 *   <li>{@code /actuator/health/**}, {@code /}, {@code /error}: anonymous. Everything else: 404, without a
 *       challenge (a browser would otherwise open its own login dialog over the webapps).</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(CrossOriginProperties.class)
public class SecurityConfig {

  /** The client address for the login throttle, before Spring Security and every other filter. */
  @Bean
  public FilterRegistrationBean<ClientAddress.Filter> clientAddressFilter() {
    FilterRegistrationBean<ClientAddress.Filter> registration = new FilterRegistrationBean<>(new ClientAddress.Filter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /**
   * Spring Security's strict firewall with the same header rules, checked without regular expressions
   * ({@link HeaderCharacters}); every other rule of the firewall unchanged.
   */
  @Bean
  public WebSecurityCustomizer strictFirewallWithPlainHeaderChecks() {
    return web -> web.httpFirewall(HeaderCharacters.firewall());
  }

  /**
   * No Spring Security observations (one per filter, authentication and authorization decision): they fed no metric
   * we use (management.observations.enable.spring.security is false as well), but without this setting Spring
   * Security still wrapped every filter of the chain in an observing decorator on every request.
   */
  @Bean
  public SecurityObservationSettings noSpringSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /** Spring MVC's handler lookup is not run for requests that Jersey serves ({@link MvcLookupOnlyForMvc}). */
  @Bean
  static MvcLookupOnlyForMvc mvcLookupOnlyForMvc() {
    return new MvcLookupOnlyForMvc();
  }

  @Bean
  @Order(1)
  public SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService, CrossOriginProperties crossOrigin, ObjectMapper json) throws Exception {
    Problems problems = new Problems(json);
    AuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(problems);
    // Path matchers, not MVC matchers: /engine-rest is served by Camunda's Jersey servlet, not by Spring MVC, and an
    // MVC matcher does not match it — the request would fall through to the last chain without the engine user.
    http.securityMatcher(paths("/engine-rest/**", "/api/**"))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        // this provider only: with the global AuthenticationManager as parent a wrong password was checked twice
        .authenticationManager(new ProviderManager(provider))
        .httpBasic(b -> b.realmName(ApiAuthenticationEntryPoint.REALM).authenticationEntryPoint(entryPoint))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
        .csrf(c -> c.disable())
        // never touch a session: a read with the webapps' session (WebappSessionApiFilter) must not change its id
        // (session fixation protection would, and the Cockpit page reading in parallel would lose its login)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .addFilterBefore(new CrossOriginRequestFilter(Set.copyOf(crossOrigin.allowedOrigins().stream()
            .filter(o -> !o.isBlank()).toList()), problems), BasicAuthenticationFilter.class)
        .addFilterBefore(new WebappSessionApiFilter(problems), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  public SecurityFilterChain webappSecurity(HttpSecurity http, LoginThrottle throttle, ObjectMapper json)
      throws Exception {
    http.securityMatcher(paths("/camunda/**", "/webjars/echarts/**", "/", "/actuator/health", "/actuator/health/**", "/error"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        // Camunda webapps have their own session authentication and CSRF filter.
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .addFilterBefore(new WebappLoginThrottleFilter(throttle, new Problems(json)), BasicAuthenticationFilter.class);
    return http.build();
  }

  /** Everything else does not exist for a caller: 404, and no Basic challenge. */
  @Bean
  @Order(3)
  public SecurityFilterChain denyEverythingElse(HttpSecurity http, ObjectMapper json) throws Exception {
    Problems problems = new Problems(json);
    AuthenticationEntryPoint notFound = (request, response, e) ->
        problems.write(response, HttpServletResponse.SC_NOT_FOUND, "未找到", "未找到：" + request.getRequestURI());
    http.authorizeHttpRequests(a -> a.anyRequest().denyAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(notFound)
            .accessDeniedHandler((request, response, denied) -> notFound.commence(request, response, null)))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  private static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
  }
}
