package com.crmflow.testsupport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The Camunda web apps' side of a browser, without a browser: one cookie jar (for every port of localhost, as behind
 * a load balancer) and the CSRF token the web apps hand out and require on every change.
 */
public final class WebappBrowser {

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private String csrfToken = "";

  /**
   * Logs in to Tasklist under {@code base} ({@code http://localhost:<port>/camunda}) as its login page does and
   * makes the first read after it (the login starts a new session, whose CSRF token comes with that read).
   * Returns the login's response.
   */
  public HttpResponse<String> logIn(String base, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET());
    HttpResponse<String> login = send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
    send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/")).GET());
    return login;
  }

  /** A browser logged in to the web apps of the application on {@code port} as {@code user} (password demo). */
  public static WebappBrowser loggedIn(int port, String user) {
    WebappBrowser browser = new WebappBrowser();
    HttpResponse<String> login = browser.logIn("http://localhost:" + port + "/camunda", user, "demo");
    if (login.statusCode() != 200) {
      throw new AssertionError("login of " + user + ": " + login.statusCode() + " " + login.body());
    }
    return browser;
  }

  /** Sends with the current CSRF token, JSON accepted; keeps the token the response hands out. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    return sendWithToken(request, csrfToken);
  }

  /** The CSRF token the web apps handed out last (what their pages send as {@code X-XSRF-TOKEN}). */
  public String csrfToken() {
    return csrfToken;
  }

  /** Sends with the given {@code X-XSRF-TOKEN} (none when null) instead of the one handed out: what a forger tries. */
  public HttpResponse<String> sendWithToken(HttpRequest.Builder request, String token) {
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    try {
      HttpResponse<String> response = http.send(request.header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
