package com.crmflow.testsupport.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny HTTP client for the tests: JSON in and out, as a given demo user (or anonymous). */
public final class Rest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String base;
  private final String user;
  private final String password;

  private Rest(String base, String user, String password) {
    this.base = base;
    this.user = user;
    this.password = password;
  }

  public static Rest as(int port, String user, String password) {
    return new Rest("http://localhost:" + port, user, password);
  }

  public static Rest anonymous(int port) {
    return new Rest("http://localhost:" + port, null, null);
  }

  public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return post(path, body, java.util.Map.of());
  }

  public Response post(String path, Object body, java.util.Map<String, String> headers) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json");
    headers.forEach(b::header);
    return send(b.POST(HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8)));
  }

  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** A raw body with its content type (e.g. a CSV file). */
  public Response post(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Response postMultipart(String path, String boundary, byte[] body) {
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*");
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private static String toJson(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
