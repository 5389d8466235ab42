package com.crmflow.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.WebappBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist tab 协议文件 reads and uploads agreement documents with the webapps' session
 * (WebappSessionApiFilter): the upload only with the webapps' CSRF token, only on that one path, and under the same
 * rules as with HTTP Basic (drafter or legal, type checks, not after the signature) — with what an insider or a
 * forging page would try: no token, another token, another session's token, another user, other paths.
 */
@IntegrationTest
class AgreementDocumentsSessionIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;

  AgreementDocumentsIT agreements;

  @BeforeEach
  void fixtures() {
    agreements = new AgreementDocumentsIT();
    agreements.port = port;
    agreements.customers = customers;
    agreements.customer();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private WebappBrowser loggedIn(String user) {
    WebappBrowser browser = WebappBrowser.loggedIn(port, user);
    assertThat(browser.csrfToken()).isNotBlank();
    return browser;
  }

  private HttpResponse<String> upload(WebappBrowser browser, String number, String token, String kind, byte[] content) {
    String boundary = "----tab" + UUID.randomUUID();
    return browser.sendWithToken(HttpRequest.newBuilder(URI.create(base() + "/api/agreements/" + number + "/documents"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(
            AgreementDocumentsIT.multipart(boundary, kind, "签署版.pdf", content))), token);
  }

  private int documentCount(String number) {
    return Rest.as(port, "xuhui", "demo").get("/api/agreements/" + number + "/documents").json().size();
  }

  @Test
  void legalUploadsTheSignedCopyWithTheSessionAndItsTokenThenTheSigningGoesThrough() throws Exception {
    String number = agreements.approved();
    WebappBrowser legal = loggedIn("xuhui");

    HttpResponse<String> stored = upload(legal, number, legal.csrfToken(), "signed", AgreementDocumentsIT.PDF);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    JsonNode document = new ObjectMapper().readTree(stored.body());
    assertThat(document.path("kindLabel").asText()).isEqualTo("签署版");
    assertThat(document.path("uploadedBy").asText()).isEqualTo("xuhui");
    // the session stays the same login (no new id, no logout)
    assertThat(stored.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

    // the tab lists and downloads with the same session
    HttpResponse<String> list = legal.send(HttpRequest.newBuilder(URI.create(base() + "/api/agreements/" + number
        + "/documents")).GET());
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(list.body())).hasSize(1);
    HttpResponse<String> download = legal.send(HttpRequest.newBuilder(URI.create(base() + document.path("href")
        .asText())).GET());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    assertThat(download.body()).startsWith("%PDF-");

    // and the signing, refused without the signed copy, now completes
    assertThat(agreements.sign("xuhui", number).status()).isEqualTo(204);
    assertThat(Rest.as(port, "xuhui", "demo").get("/api/agreements/" + number).json().path("status").asText())
        .isEqualTo("IN_FORCE");
    // after the signature nothing more is uploaded, with the session neither
    HttpResponse<String> late = upload(legal, number, legal.csrfToken(), "attachment", AgreementDocumentsIT.PDF);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(400);
  }

  @Test
  void anUploadWithoutTheTokenOrWithAnotherOneIsRefusedAndStoresNothing() {
    String number = agreements.approved();
    WebappBrowser legal = loggedIn("xuhui");
    WebappBrowser other = loggedIn("zhangwei");

    HttpResponse<String> none = upload(legal, number, null, "signed", AgreementDocumentsIT.PDF);
    assertThat(none.statusCode()).as(none.body()).isEqualTo(403);
    assertThat(none.body()).contains("CSRF");
    assertThat(upload(legal, number, "", "signed", AgreementDocumentsIT.PDF).statusCode()).isEqualTo(403);
    assertThat(upload(legal, number, legal.csrfToken() + "x", "signed", AgreementDocumentsIT.PDF).statusCode())
        .isEqualTo(403);
    // a token is bound to its session: another logged-in user's token does not do
    assertThat(upload(legal, number, other.csrfToken(), "signed", AgreementDocumentsIT.PDF).statusCode())
        .isEqualTo(403);
    assertThat(documentCount(number)).isZero();
    // the refusals did not end the login
    assertThat(upload(legal, number, legal.csrfToken(), "signed", AgreementDocumentsIT.PDF).statusCode())
        .isEqualTo(201);
  }

  @Test
  void theSessionGivesNoMoreRightsThanBasic() {
    String number = agreements.approved();
    // a logged-in user who is neither the drafter nor legal
    WebappBrowser outsider = loggedIn("zhangwei");
    HttpResponse<String> refused = upload(outsider, number, outsider.csrfToken(), "signed", AgreementDocumentsIT.PDF);
    assertThat(refused.statusCode()).as(refused.body()).isIn(403, 404);
    // the type checks apply: an executable named .pdf
    WebappBrowser legal = loggedIn("xuhui");
    HttpResponse<String> exe = upload(legal, number, legal.csrfToken(), "signed", AgreementDocumentsIT.EXE);
    assertThat(exe.statusCode()).as(exe.body()).isEqualTo(400);
    assertThat(documentCount(number)).isZero();
  }

  @Test
  void theSessionOpensOnlyTheDocumentPaths() {
    String number = agreements.approved();
    WebappBrowser legal = loggedIn("xuhui");
    // other writes under /api with the session and a valid token: no login there
    HttpResponse<String> draft = legal.send(HttpRequest.newBuilder(URI.create(base() + "/api/agreements"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(draft.statusCode()).isEqualTo(401);
    assertThat(draft.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(legal.send(HttpRequest.newBuilder(URI.create(base() + "/api/agreements/" + number)).GET()).statusCode())
        .isEqualTo(401);
    assertThat(legal.send(HttpRequest.newBuilder(URI.create(base() + "/api/agreements/" + number + "/documents/x/y"))
        .GET()).statusCode()).isEqualTo(401);
    assertThat(legal.send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/task")).GET()).statusCode())
        .isEqualTo(401);
    // without a session: 401 without a Basic challenge (the tab must not open the browser's login dialog)
    Rest.Response anonymous = Rest.anonymous(port).get("/api/agreements/" + number + "/documents");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isNull();
    WebappBrowser notLoggedIn = new WebappBrowser();
    notLoggedIn.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/app/tasklist/default/")).GET());
    HttpResponse<String> post = upload(notLoggedIn, number, notLoggedIn.csrfToken(), "signed",
        AgreementDocumentsIT.PDF);
    assertThat(post.statusCode()).isEqualTo(401);
    assertThat(post.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(documentCount(number)).isZero();
  }
}
