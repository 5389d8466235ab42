package com.crmflow.platform.web;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document of /api: generated from the controllers, for logged-in users only. */
@IntegrationTest
class OpenApiIT {

  @LocalServerPort int port;

  @Test
  void aLoggedInUserGetsTheDocumentOfEveryApiController() {
    Rest.Response r = Rest.as(port, "huangfang", "demo").get("/api/openapi");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/complaints", "/api/customers", "/api/projects/{number}")
        .allSatisfy(p -> assertThat(p).startsWith("/api/"));
    assertThat(doc.path("paths").path("/api/complaints").has("post")).isTrue();
    assertThat(doc.path("components").path("securitySchemes").path("basic").path("scheme").asText())
        .isEqualTo("basic");
  }

  @Test
  void withoutLoginThereIsNoDocument() {
    assertThat(Rest.anonymous(port).get("/api/openapi").status()).isEqualTo(401);
    assertThat(Rest.anonymous(port).get("/v3/api-docs").status()).isEqualTo(404);
    assertThat(Rest.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(404);
  }
}
