package com.crmflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the HTTP request being served on this thread (null outside a request). Behind a reverse
 * proxy set {@code server.forward-headers-strategy: native} so that this is the client's, not the proxy's.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      return of(attributes.getRequest());
    }
    return null;
  }

  static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
