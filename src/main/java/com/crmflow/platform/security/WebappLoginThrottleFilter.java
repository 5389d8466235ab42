package com.crmflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}): a throttled user or client
 * address gets 429 with Retry-After and a Chinese message instead of a password check. The failures themselves are
 * counted where the password is checked ({@link CrmIdentityProvider}).
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final Problems problems;

  WebappLoginThrottleFilter(LoginThrottle throttle, Problems problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equalsIgnoreCase(request.getMethod()) || !path.startsWith("/camunda/api/admin/auth/user/")
        || !path.contains("/login/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // a form post: Jersey reads @FormParam from the request parameters once a filter has read them
    Duration wait = throttle.waitTime(ClientAddress.of(request), request.getParameter("username"));
    if (!wait.isZero()) {
      problems.throttled(response, new LoginThrottledException(wait));
      return;
    }
    chain.doFilter(request, response);
  }
}
