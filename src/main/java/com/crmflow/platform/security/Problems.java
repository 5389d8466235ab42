package com.crmflow.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the security filters' refusals as {@code application/problem+json} with a Chinese detail, with Spring's
 * ObjectMapper (made by {@link SecurityConfig} and handed to the filters).
 */
final class Problems {

  private final ObjectMapper json;

  Problems(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(body));
  }

  /** 429 with Retry-After (seconds) for a throttled login. */
  void throttled(HttpServletResponse response, LoginThrottledException e) throws IOException {
    response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    write(response, 429, "请求过于频繁", e.getMessage());
  }
}
