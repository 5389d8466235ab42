package com.crmflow.platform.integrity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/** Marks the thread of a request to Camunda's REST API as external (see {@link ExternalRequests}). */
public class ExternalRequestFilter extends OncePerRequestFilter {

  /** {@code …/task/{id}/complete}, {@code submit-form} or {@code resolve}: the request finishes a task. */
  private static final Pattern FINISH_TASK = Pattern.compile("/task/([^/]+)/(?:complete|submit-form|resolve)$");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ExternalRequests.mark();
    if ("POST".equals(request.getMethod())) {
      Matcher m = FINISH_TASK.matcher(request.getRequestURI());
      if (m.find()) {
        ExternalRequests.completingTask(m.group(1));
      }
    }
    try {
      chain.doFilter(request, response);
    } finally {
      ExternalRequests.unmark();
    }
  }
}
