package com.crmflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a state-changing request (anything but GET, HEAD, OPTIONS, TRACE) to {@code /engine-rest} or
 * {@code /api} whose {@code Origin} — or, without one, {@code Referer} — names another origin than the application
 * itself or one of {@code crm.security.allowed-origins}. A browser sends these headers with every cross-site request,
 * so a page elsewhere cannot use the Basic credentials a browser remembers. Requests without either header
 * (curl, scripts, Camunda Modeler, which deploys from its Node.js main process) are not affected. {@code Origin:
 * null} (sandboxed frames, {@code file:} pages) counts as foreign unless {@code null} is listed.
 */
class CrossOriginRequestFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(CrossOriginRequestFilter.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Set<String> allowedOrigins;
  private final Problems problems;

  CrossOriginRequestFilter(Set<String> allowedOrigins, Problems problems) {
    this.problems = problems;
    this.allowedOrigins = allowedOrigins.stream().map(CrossOriginRequestFilter::normalize)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      chain.doFilter(request, response);
      return;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      String referer = request.getHeader("Referer");
      origin = referer == null ? null : originOf(referer);
    }
    if (origin == null || allowed(normalize(origin), request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warn("Cross-site {} {} refused: origin {}", request.getMethod(), request.getRequestURI(), origin);
    problems.write(response, 403, "拒绝跨站请求",
        "拒绝跨站请求：来源 " + origin + " 不是本系统的地址，修改数据的请求只能来自本系统的页面或不带来源的客户端");
  }

  private boolean allowed(String origin, HttpServletRequest request) {
    return origin.equals(ownOrigin(request)) || allowedOrigins.contains(origin);
  }

  private static String ownOrigin(HttpServletRequest request) {
    String scheme = request.getScheme().toLowerCase(Locale.ROOT);
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  /** scheme://host[:port] of a Referer, "null" if it has none (e.g. file:), so that it counts as foreign. */
  private static String originOf(String referer) {
    try {
      URI uri = URI.create(referer.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "null";
      }
      return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return "null";
    }
  }

  /** Lower case, default ports dropped, no trailing slash. */
  static String normalize(String origin) {
    String o = origin.trim().toLowerCase(Locale.ROOT);
    while (o.endsWith("/")) {
      o = o.substring(0, o.length() - 1);
    }
    if (o.startsWith("http://") && o.endsWith(":80")) {
      o = o.substring(0, o.length() - 3);
    } else if (o.startsWith("https://") && o.endsWith(":443")) {
      o = o.substring(0, o.length() - 4);
    }
    return o;
  }
}
