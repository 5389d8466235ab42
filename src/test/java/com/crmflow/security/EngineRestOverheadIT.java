package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the per-request savings of issue 9 must not change: a Basic request to Camunda REST stays stateless (no HTTP
 * session, no session row, no cookie), group authorizations apply without Camunda's scan of the authorization table
 * ({@code CrmAuthorizationManager}) — also right after a membership changes — and a header the firewall refuses is
 * still refused.
 */
@IntegrationTest
class EngineRestOverheadIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private Rest admin() {
    return Rest.as(port, "admin", "admin");
  }

  private int sessions() {
    return jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class);
  }

  @Test
  void basicRequestsToEngineRestCreateNoSession() {
    int before = sessions();
    for (int i = 0; i < 5; i++) {
      Rest.Response count = Rest.as(port, "huangfang", "demo").get("/engine-rest/process-definition/count");
      assertThat(count.status()).as(count.body()).isEqualTo(200);
      assertThat(count.header("Set-Cookie")).as("no session cookie").isNull();
    }
    Rest.Response customers = Rest.as(port, "wuxia", "demo").get("/api/customers?size=1");
    assertThat(customers.status()).isEqualTo(200);
    assertThat(customers.header("Set-Cookie")).isNull();
    assertThat(sessions()).isEqualTo(before);
  }

  @Test
  void groupAuthorizationsApplyAndFollowMembershipAtOnce() {
    String id = "ov" + Long.toString(System.nanoTime(), 36);
    assertThat(admin().post("/engine-rest/user/create", Map.of("profile", Map.of("id", id, "firstName", "开销",
        "lastName", "测试", "email", id + "@example.com"), "credentials", Map.of("password", "overhead-pw-1")))
        .status()).isEqualTo(204);
    Rest user = Rest.as(port, id, "overhead-pw-1");
    assertThat(user.get("/engine-rest/process-definition/count").json().path("count").asInt())
        .as("no group, no authorization: no definition").isZero();

    assertThat(admin().put("/engine-rest/group/cs-specialist/members/" + id, Map.of()).status()).isEqualTo(204);
    int asMember = user.get("/engine-rest/process-definition/count").json().path("count").asInt();
    int asHuangfang = Rest.as(port, "huangfang", "demo").get("/engine-rest/process-definition/count").json()
        .path("count").asInt();
    assertThat(asMember).as("the group's READ authorizations").isPositive().isEqualTo(asHuangfang);
    int all = admin().get("/engine-rest/process-definition/count").json().path("count").asInt();
    assertThat(asMember).as("only the group's definitions").isLessThan(all);

    assertThat(admin().delete("/engine-rest/group/cs-specialist/members/" + id).status()).isEqualTo(204);
    assertThat(user.get("/engine-rest/process-definition/count").json().path("count").asInt()).isZero();
  }

  @Test
  void aHeaderWithAControlCharacterIsStillRefusedByTheFirewall() throws Exception {
    // U+0085 (a C1 control character) passes Tomcat's header parser but not Spring Security's firewall; a tab passes
    // both. java.net.http refuses to send the first: raw requests.
    assertThat(rawCount("a\tb")).isEqualTo("HTTP/1.1 200 ");
    assertThat(rawCount("a\u0085b")).isEqualTo("HTTP/1.1 400 ");
  }

  private String rawCount(String headerValue) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      String auth = java.util.Base64.getEncoder().encodeToString("huangfang:demo".getBytes());
      socket.getOutputStream().write(("GET /engine-rest/process-definition/count HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Basic " + auth + "\r\nX-Test: " + headerValue + "\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
    }
  }
}
