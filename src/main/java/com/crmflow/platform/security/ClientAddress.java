package com.crmflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client address of the HTTP request being served on this thread (null outside a request), for the password
 * check deep in the engine ({@link CrmIdentityProvider}). Set by {@link Filter}, registered first for every path.
 * Behind a reverse proxy set {@code server.forward-headers-strategy: native} so that this is the client's address,
 * not the proxy's.
 */
final class ClientAddress {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ClientAddress() {}

  static String current() {
    return CURRENT.get();
  }

  static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /** Makes the request's client address {@link #current()} while the request is served. */
  static final class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String outer = CURRENT.get();
      CURRENT.set(of(request));
      try {
        chain.doFilter(request, response);
      } finally {
        if (outer == null) {
          CURRENT.remove();
        } else {
          CURRENT.set(outer);
        }
      }
    }
  }
}
