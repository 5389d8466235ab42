package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.WebappBrowser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Cockpit figures plugin reads {@code /api/kpis/**} with the webapps' session (WebappSessionKpiFilter): only
 * reading, only there, only for the groups the endpoint admits — and a browser without a session is never asked for
 * Basic credentials there. The plugin script and the chart library are served by the application itself.
 */
@IntegrationTest
class CockpitKpiSessionIT {

  static final String KPIS = "/api/kpis/complaints?from=2026-01-01&to=2026-01-31";

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  private WebappBrowser loggedIn(String user) {
    return WebappBrowser.loggedIn(port, user);
  }

  private static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET();
  }

  @Test
  void aManagerLoggedInToTheWebappsReadsTheFiguresWithItsSession() throws Exception {
    WebappBrowser manager = loggedIn("yangjun"); // cs-manager
    HttpResponse<String> kpis = manager.send(get(base() + KPIS));
    assertThat(kpis.statusCode()).as(kpis.body()).isEqualTo(200);
    // the session is read, never changed (a new id would log out a page reading several figures at once)
    assertThat(kpis.headers().allValues("Set-Cookie")).isEmpty();
    var json = new ObjectMapper().readTree(kpis.body());
    assertThat(json.get("from").asText()).isEqualTo("2026-01-01");
    assertThat(json.get("to").asText()).isEqualTo("2026-01-31");
    assertThat(json.has("onTimeInitialResponseRate")).isTrue();
    // the webapps' session is still the same login afterwards
    HttpResponse<String> stillIn = manager.send(get(base() + "/camunda/api/admin/auth/user/default"));
    assertThat(stillIn.statusCode()).as(stillIn.body()).isEqualTo(200);
    assertThat(stillIn.body()).contains("yangjun");
    // the same figures as with Basic
    assertThat(Rest.as(port, "yangjun", "demo").get(KPIS).json().get("total").asLong())
        .isEqualTo(json.get("total").asLong());
  }

  @Test
  void withoutASessionTheFiguresAnswer401WithoutABasicChallenge() {
    Rest.Response anonymous = Rest.anonymous(port).get(KPIS);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isNull();
    // a session that is not logged in is no login either
    WebappBrowser notLoggedIn = new WebappBrowser();
    notLoggedIn.send(get(base() + "/camunda/app/cockpit/default/"));
    HttpResponse<String> r = notLoggedIn.send(get(base() + KPIS));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
    // the rest of /api keeps its challenge
    assertThat(Rest.anonymous(port).get("/api/customers").header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void staffOutsideTheManagersGroupsGet403() {
    WebappBrowser owner = loggedIn("zhangwei"); // account-manager
    HttpResponse<String> r = owner.send(get(base() + KPIS));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    assertThat(r.body()).contains("投诉统计");
  }

  @Test
  void theSessionOpensNothingButReadingTheFigures() {
    WebappBrowser manager = loggedIn("yangjun");
    // another /api path: the session is not a login there
    HttpResponse<String> customers = manager.send(get(base() + "/api/customers?name=x"));
    assertThat(customers.statusCode()).isEqualTo(401);
    // a change under /api/kpis: not with the session either (even with the webapps' CSRF token)
    HttpResponse<String> post = manager.send(HttpRequest.newBuilder(URI.create(base() + KPIS))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(post.statusCode()).isEqualTo(401);
    // engine REST neither
    assertThat(manager.send(get(base() + "/engine-rest/task")).statusCode()).isEqualTo(401);
  }

  @Test
  void thePluginAndItsChartLibraryAreServedByTheApplication() {
    WebappBrowser browser = new WebappBrowser();
    HttpResponse<String> config = browser.send(get(base() + "/camunda/app/cockpit/scripts/config.js"));
    assertThat(config.body()).contains("customScripts").contains("scripts/crmflow-kpis").contains("locales");
    HttpResponse<String> plugin = browser.send(get(base() + "/camunda/app/cockpit/scripts/crmflow-kpis.js"));
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(plugin.body()).contains("cockpit.dashboard").contains("cockpit.route").contains("cockpit.navigation");
    HttpResponse<String> echarts = browser.send(get(base() + "/webjars/echarts/5.3.1/dist/echarts.min.js"));
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body()).contains("echarts");
  }
}
