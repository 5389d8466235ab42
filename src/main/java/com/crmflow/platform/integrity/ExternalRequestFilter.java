package com.crmflow.platform.integrity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Marks the thread of a request to Camunda's REST API as external (see {@link ExternalRequests}). */
public class ExternalRequestFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ExternalRequests.mark();
    try {
      chain.doFilter(request, response);
    } finally {
      ExternalRequests.unmark();
    }
  }
}
