package com.crmflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one way into {@code /api} without HTTP Basic: a <em>reading</em> request ({@code GET}/{@code HEAD}) to
 * {@code /api/kpis/**} from a browser logged in to the Camunda webapps (the Cockpit figures plugin) is authenticated
 * as the webapps' session user with the groups the webapps cached for it ({@code GROUP_<id>}). Nothing that changes
 * data is reachable this way, so the webapps' CSRF protection is not needed and not bypassed; every other request
 * (and a request carrying an {@code Authorization} header) is left to HTTP Basic. The endpoints' group checks and
 * the engine's authorization checks apply unchanged.
 */
public class WebappSessionKpiFilter extends OncePerRequestFilter {

  static final String PATH = "/api/kpis/";
  private static final String ENGINE = "default";

  /** Whether a request may be answered for the webapps' session (and, unauthenticated, gets no Basic challenge). */
  static boolean sessionReadable(HttpServletRequest request) {
    String method = request.getMethod();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return ("GET".equals(method) || "HEAD".equals(method)) && path.startsWith(PATH)
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (sessionReadable(request) && SecurityContextHolder.getContext().getAuthentication() == null) {
      HttpSession session = request.getSession(false);
      Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (all != null && all.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
          && user.getName() != null) {
        List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
        List<String> tenants = user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds());
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
            user.getName(), null, groups.stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList());
        token.setDetails(new VerifiedLogins.Login(user.getName(), groups, tenants));
        SecurityContextHolder.getContext().setAuthentication(token);
      }
    }
    chain.doFilter(request, response);
  }
}
