package com.crmflow.platform.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A process start through Camunda REST ({@code POST …/process-definition/…/start}) with {@code skipCustomListeners}
 * or {@code skipIoMappings} but without start instructions is refused by Camunda itself (ENGINE-13024) — outside any
 * engine command, so the REST API answers 500. This filter answers it with 400 and a Chinese message before Camunda
 * sees it; nothing is started either way. (With start instructions the request reaches the engine, where
 * {@link ExternalCommandPolicy} keeps it for administrators.)
 */
public class SkipFlagsWithoutInstructionsFilter extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(".*/process-definition/.+/start/?$");
  private final ObjectMapper json;

  public SkipFlagsWithoutInstructionsFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !START.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode start;
    try {
      start = body.length == 0 ? null : json.readTree(body);
    } catch (IOException notJson) {
      start = null; // Camunda answers malformed JSON itself (400)
    }
    if (start != null && start.isObject() && skips(start) && start.path("startInstructions").isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      ObjectNode error = json.createObjectNode().put("type", "InvalidRequestException")
          .put("message", "skipCustomListeners / skipIoMappings 只能与 startInstructions 一起使用；普通启动不能跳过监听器或输入输出映射");
      response.getOutputStream().write(json.writeValueAsBytes(error));
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  private static boolean skips(JsonNode start) {
    return start.path("skipCustomListeners").asBoolean(false) || start.path("skipIoMappings").asBoolean(false);
  }

  /** The request with its body, already read here, readable once more by Camunda. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
