package com.crmflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * {@code /engine-rest} and {@code /api} only: 401 with the Basic challenge (REST clients and Camunda Modeler log in
 * with HTTP Basic) — except for a reading request to {@code /api/kpis/**} without credentials, which the Cockpit
 * plugins make with the webapps' session ({@link WebappSessionApiFilter}): 401 without a challenge — or 429 with Retry-After while the login is throttled.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final Problems problems;

  ApiAuthenticationEntryPoint(Problems problems) {
    this.problems = problems;
  }

  static final String REALM = "crm-process";

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof LoginThrottledException throttled) {
      problems.throttled(response, throttled);
      return;
    }
    if (WebappSessionApiFilter.sessionPath(request)) {
      // called by our webapp plugins with the webapps' session: no challenge, or the browser opens its login dialog
      problems.write(response, 401, "需要登录", "需要登录：请登录 Camunda（Tasklist 或 Cockpit），或使用用户名和密码（HTTP Basic）");
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    problems.write(response, 401, "需要登录", "需要登录：请使用用户名和密码（HTTP Basic）");
  }
}
