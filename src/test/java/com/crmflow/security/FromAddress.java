package com.crmflow.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests from a chosen loopback address (127.0.0.x), so that the server sees different clients — the
 * login throttle counts per client address. Deliberately plain: one request per connection, no redirects.
 */
final class FromAddress {

  record Response(int status, Map<String, String> headers, String body, java.util.List<String> setCookies) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final String address;
  private final int port;

  private FromAddress(String address, int port) {
    this.address = address;
    this.port = port;
  }

  static FromAddress of(String address, int port) {
    return new FromAddress(address, port);
  }

  Response get(String path, String user, String password) {
    return send("GET", path, user, password, null, null, Map.of());
  }

  /** A form post, as the webapps' login page sends it (with {@link #webappSession()}'s headers). */
  Response postForm(String path, String form, Map<String, String> headers) {
    return send("POST", path, null, null, "application/x-www-form-urlencoded", form, headers);
  }

  /**
   * What the webapps' login page has before it posts: the session cookie and the CSRF token cookie from opening a
   * webapp, as the headers to send with the login (Cookie, X-XSRF-TOKEN).
   */
  Map<String, String> webappSession() {
    Response page = get("/camunda/api/admin/auth/user/default", null, null);
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String cookie : page.setCookies()) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    if (!cookies.containsKey("XSRF-TOKEN")) {
      throw new IllegalStateException("no XSRF-TOKEN cookie from the webapp: " + page.headers());
    }
    String header = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .reduce((a, b) -> a + "; " + b).orElseThrow();
    return Map.of("Cookie", header, "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
  }

  Response send(String method, String path, String user, String password, String contentType, String body,
      Map<String, String> extraHeaders) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder()
          .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
          .append("Host: localhost:").append(port).append("\r\n")
          .append("Accept: application/json\r\n")
          .append("Connection: close\r\n");
      if (user != null) {
        request.append("Authorization: Basic ").append(Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).append("\r\n");
      }
      extraHeaders.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      if (contentType != null) {
        request.append("Content-Type: ").append(contentType).append("\r\n");
      }
      request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String raw = all.toString(StandardCharsets.UTF_8);
    int end = raw.indexOf("\r\n\r\n");
    String head = end < 0 ? raw : raw.substring(0, end);
    String body = end < 0 ? "" : raw.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    java.util.List<String> setCookies = new java.util.ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("Set-Cookie")) {
        setCookies.add(lines[i].substring(colon + 1).trim());
      }
      if (colon > 0) {
        headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
            (a, b) -> a + ", " + b);
      }
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Response(status, headers, body, setCookies);
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int i = 0;
    while (i < bytes.length) {
      int lineEnd = indexOf(bytes, i);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(),
          16);
      if (size == 0) {
        break;
      }
      out.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
      i = lineEnd + 2 + size + 2;
    }
    return out.toString();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
