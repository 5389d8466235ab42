package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input on every {@code /api} endpoint, as an insider with a valid login would send it: NUL characters and
 * unpaired surrogates in any text (body, query parameter, path), ids as text or fractions, numbers out of range,
 * pages that overflow, unbounded lists, malformed or missing JSON, wrong types, duplicate keys, a wrong content
 * type or method. Each is answered 4xx {@code application/problem+json} whose {@code fields} names the field and
 * whose Chinese detail explains it — never 5xx — and nothing is written. The log has one line per refusal, without
 * a stack trace and without the user's text.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiBadInputIT {

  /** Marks the user's text in bad values: it must never show up in the log. */
  static final String SECRET = "机密投诉文本";
  /** JSON string contents (escapes, as a client sends them). */
  static final String NUL = SECRET + "\\u0000";
  static final String LONE_SURROGATE = SECRET + "\\ud800";

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final List<String> TABLES = List.of("crm_customer", "crm_customer_contact", "crm_complaint",
      "crm_complaint_attachment", "crm_project", "crm_customer_opinion", "crm_grading_run", "crm_visit",
      "crm_mail_outbox", "act_hi_procinst", "crm_lead", "crm_consultation", "crm_care_activity", "crm_agreement",
      "crm_agreement_document", "crm_credit_evaluation", "crm_supervision_inspection", "crm_audit_log");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  record Case(String user, String method, String path, String contentType, String body, int status, String field) {
    @Override
    public String toString() {
      return user + " " + method + " " + path + " " + (body == null ? "" : body.length() > 160
          ? body.substring(0, 160) + "…" : body);
    }
  }

  record Response(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  Response send(String user, String method, String path, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + ("admin".equals(user) ? "admin" : "demo")).getBytes(StandardCharsets.UTF_8)));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** JSON of {@code body}, where the string value {@code "@RAW@"} is replaced by raw JSON (e.g. an escape). */
  static String json(Map<String, Object> body, String raw) {
    try {
      String s = JSON.writeValueAsString(body);
      return raw == null ? s : s.replace("\"@RAW@\"", raw);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> complaint(long customerId, Consumer<Map<String, Object>> change) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("customerId", customerId);
    b.put("channel", "online-form");
    b.put("content", "订单延迟发货");
    b.put("category", "delivery");
    b.put("severity", "medium");
    b.put("contactPreference", "phone");
    b.put("contactName", "王女士");
    b.put("contactPhone", "13800138000");
    change.accept(b);
    return b;
  }

  static Map<String, Object> attachment(String fileName) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("fileName", fileName);
    a.put("contentType", "text/plain");
    a.put("contentBase64", "YQ==");
    return a;
  }

  static Map<String, Object> customer(Consumer<Map<String, Object>> change) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("name", "坏输入测试客户" + UUID.randomUUID());
    b.put("industry", "机械制造");
    b.put("growthPotential", 3);
    b.put("contacts", new ArrayList<>(List.of(contact("王建国"))));
    change.accept(b);
    return b;
  }

  static Map<String, Object> contact(String name) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("phone", "13800138000");
    return c;
  }

  static Map<String, Object> project(Consumer<Map<String, Object>> change) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("customerId", 1);
    b.put("title", "设备改造");
    b.put("details", "产线设备改造需求");
    b.put("complexity", "normal");
    change.accept(b);
    return b;
  }

  static Map<String, Object> majorChange(Consumer<Map<String, Object>> change) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("changeType", "merger");
    b.put("description", "客户被收购");
    change.accept(b);
    return b;
  }

  static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> b = new LinkedHashMap<>(base);
    b.put(key, value);
    return b;
  }

  Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    TABLES.forEach(t -> m.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
    return m;
  }

  @Test
  void everyEndpointAnswersBadInputWith4xxNamingTheFieldWritesNothingAndLogsNoUserText(CapturedOutput log) {
    // a customer of zhangwei's to change, created through the API (before counting)
    Response created = send("zhangwei", "POST", "/api/customers", "application/json", json(customer(b -> { }), null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    long version = created.json().path("rowVersion").asLong();
    String customerBefore = send("zhangwei", "GET", "/api/customers/" + id, null, null).json()
        .path("name").asText() + "|" + version;
    Map<String, Object> update = customer(b -> {
      b.put("name", created.json().path("name").asText());
      b.put("rowVersion", version);
    });

    List<Case> cases = new ArrayList<>();
    String j = "application/json";
    // ------------------------------------------------------------ POST /api/complaints
    String c = "/api/complaints";
    Map<String, Object> good = complaint(id, b -> { });
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "attachments", Collections.singletonList(null)),
        null), 400, "attachments[0]"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "customerId", "abc"), null), 400, "customerId"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "customerId", 1.5), null), 400, "customerId"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "customerId", String.valueOf(id)), null), 400,
        "customerId"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "customerId", "@RAW@"), "1e400"), 400,
        "customerId"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "content", "@RAW@"), "\"" + NUL + "\""), 400,
        "content"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "content", "@RAW@"), "\"" + LONE_SURROGATE + "\""),
        400, "content"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "contactName", "@RAW@"), "\"" + NUL + "\""), 400,
        "contactName"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "attachments", List.of(attachment("@RAW@"))),
        "\"" + NUL + ".txt\""), 400, "attachments[0].fileName"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "attachments", Collections.nCopies(6,
        attachment("a.txt"))), null), 400, "attachments"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "attachments", attachment("a.txt")), null), 400,
        "attachments"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "severity", 3), null), 400, "severity"));
    cases.add(new Case("huangfang", "POST", c, j, json(with(good, "content", List.of(SECRET)), null), 400,
        "content"));
    cases.add(new Case("huangfang", "POST", c, j, "{\"customerId\":" + id + ",\"content\":\"" + SECRET, 400,
        "content"));
    cases.add(new Case("huangfang", "POST", c, j, "{\"customerId\":" + id + ",,}", 400, "body"));
    cases.add(new Case("huangfang", "POST", c, j, json(good, null) + " {\"content\":\"" + SECRET + "\"}", 400,
        "body"));
    cases.add(new Case("huangfang", "POST", c, j, "[]", 400, "body"));
    cases.add(new Case("huangfang", "POST", c, j, "", 400, "body"));
    cases.add(new Case("huangfang", "POST", c, j, null, 400, "body"));
    cases.add(new Case("huangfang", "POST", c, j, json(good, null).replaceFirst("\\{", "{\"customerId\":1,"), 400,
        "customerId"));
    cases.add(new Case("huangfang", "POST", c, "text/plain", json(good, null), 415, "Content-Type"));
    cases.add(new Case("huangfang", "POST", c, null, json(good, null), 415, "Content-Type"));
    cases.add(new Case("huangfang", "GET", c + "/CMP-" + java.net.URLEncoder.encode(SECRET, StandardCharsets.UTF_8) + "?x=%00", null, null, 404, null));
    cases.add(new Case("huangfang", "PUT", c + "/CMP-2026-000001", j, json(good, null), 405, null));
    // ------------------------------------------------------------ /api/customers
    String cu = "/api/customers";
    Map<String, Object> newCustomer = customer(b -> { });
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "name", "@RAW@"), "\"" + NUL + "\""), 400,
        "name"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "name", "@RAW@"),
        "\"" + LONE_SURROGATE + "\""), 400, "name"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "contacts", List.of(contact("@RAW@"))),
        "\"" + NUL + "\""), 400, "contacts[0].name"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "contacts",
        Collections.singletonList(null)), null), 400, "contacts[0]"));
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(contact("联系人" + i));
    }
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "contacts", many), null), 400, "contacts"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "contacts", SECRET), null), 400,
        "contacts"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "growthPotential", 4.5), null), 400,
        "growthPotential"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "growthPotential", "4"), null), 400,
        "growthPotential"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "purchaseFrequency", "@RAW@"),
        "99999999999"), 400, "purchaseFrequency"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "annualPurchaseAmount", "@RAW@"),
        "1E+2147483647"), 400, "annualPurchaseAmount"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "annualPurchaseAmount", "abc"), null), 400,
        "annualPurchaseAmount"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "nextVisitDate", "2026-13-45"), null), 400,
        "nextVisitDate"));
    cases.add(new Case("zhangwei", "POST", cu, j, json(with(newCustomer, "industry", 42), null), 400, "industry"));
    cases.add(new Case("zhangwei", "PUT", cu + "/" + id, j, json(with(update, "address", "@RAW@"),
        "\"" + NUL + "\""), 400, "address"));
    cases.add(new Case("zhangwei", "PUT", cu + "/" + id, j, json(with(update, "rowVersion", 1.5), null), 400,
        "rowVersion"));
    cases.add(new Case("zhangwei", "PUT", cu + "/abc", j, json(update, null), 400, "id"));
    cases.add(new Case("zhangwei", "PUT", cu + "/1.5", j, json(update, null), 400, "id"));
    cases.add(new Case("zhangwei", "GET", cu + "/abc", null, null, 400, "id"));
    cases.add(new Case("zhangwei", "GET", cu + "/99999999999999999999", null, null, 400, "id"));
    cases.add(new Case("zhangwei", "GET", cu + "?page=2147483647&size=100", null, null, 400, "page"));
    cases.add(new Case("zhangwei", "GET", cu + "?page=99999999999", null, null, 400, "page"));
    cases.add(new Case("zhangwei", "GET", cu + "?page=abc", null, null, 400, "page"));
    cases.add(new Case("zhangwei", "GET", cu + "?page=-1", null, null, 400, "page"));
    cases.add(new Case("zhangwei", "GET", cu + "?size=1.5", null, null, 400, "size"));
    cases.add(new Case("zhangwei", "GET", cu + "?size=100000", null, null, 400, "size"));
    cases.add(new Case("zhangwei", "GET", cu + "?name=%E6%9C%BA%00", null, null, 400, "name"));
    cases.add(new Case("zhangwei", "DELETE", cu + "/" + id, null, null, 405, null));
    // CSV import: the wrong content type and an empty file (a NUL in a cell: see below)
    cases.add(new Case("wuxia", "POST", cu + "/import", j, "{}", 415, "Content-Type"));
    cases.add(new Case("wuxia", "POST", cu + "/import", "text/csv", "", 400, "file"));
    // grading: major changes and results
    String mc = cu + "/" + id + "/major-changes";
    Map<String, Object> change = majorChange(b -> { });
    cases.add(new Case("zhangwei", "POST", mc, j, json(with(change, "description", "@RAW@"), "\"" + NUL + "\""), 400,
        "description"));
    cases.add(new Case("zhangwei", "POST", mc, j, json(with(change, "growthPotential", 2.5), null), 400,
        "growthPotential"));
    cases.add(new Case("zhangwei", "POST", mc, j, json(with(change, "profitContribution", "@RAW@"), "1e999"), 400,
        "profitContribution"));
    cases.add(new Case("zhangwei", "POST", mc, j, json(with(change, "changeType", "bankrupt"), null), 400,
        "changeType"));
    cases.add(new Case("zhangwei", "POST", cu + "/abc/major-changes", j, json(change, null), 400, "id"));
    cases.add(new Case("zhangwei", "GET", cu + "/1.5/grading-results", null, null, 400, "id"));
    cases.add(new Case("wuxia", "GET", cu + "/owner-violations?limit=abc", null, null, 400, "limit"));
    // ------------------------------------------------------------ /api/projects
    String p = "/api/projects";
    Map<String, Object> start = project(b -> { });
    cases.add(new Case("zhangwei", "POST", p, j, json(with(start, "details", "@RAW@"), "\"" + NUL + "\""), 400,
        "details"));
    cases.add(new Case("zhangwei", "POST", p, j, json(with(start, "title", "@RAW@"),
        "\"" + LONE_SURROGATE + "\""), 400, "title"));
    cases.add(new Case("zhangwei", "POST", p, j, json(with(start, "requiredBy", "明天"), null), 400, "requiredBy"));
    cases.add(new Case("zhangwei", "POST", p, j, json(with(start, "complexity", 2), null), 400, "complexity"));
    cases.add(new Case("zhangwei", "POST", p + "/PRJ-2026-0001/opinions", j, "{\"content\":\"" + NUL
        + "\",\"channel\":\"phone\"}", 400, "content"));
    // ------------------------------------------------------------ /api/visits
    cases.add(new Case("wuxia", "POST", "/api/visits/cycles?customerId=abc", null, null, 400, "customerId"));
    cases.add(new Case("wuxia", "POST", "/api/visits/cycles?customerId=1.5", null, null, 400, "customerId"));
    cases.add(new Case("wuxia", "GET", "/api/visits?customerId=" + id + ".0", null, null, 400, "customerId"));
    cases.add(new Case("wuxia", "GET", "/api/visits", null, null, 400, "customerId"));
    // ------------------------------------------------------------ /api/leads (customer development)
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("channel", "market-research");
    lead.put("companyName", "坏输入线索" + UUID.randomUUID().toString().substring(0, 8) + "有限公司");
    lead.put("industry", "装备制造");
    lead.put("scale", "medium");
    lead.put("needs", "生产线自动化改造");
    cases.add(new Case("zhouyan", "POST", "/api/leads", j, json(with(lead, "companyName", "@RAW@"), "\"" + NUL + "\""),
        400, "companyName"));
    cases.add(new Case("zhouyan", "POST", "/api/leads", j, json(with(lead, "needs", "@RAW@"),
        "\"" + LONE_SURROGATE + "\""), 400, "needs"));
    cases.add(new Case("zhouyan", "POST", "/api/leads", j, json(with(lead, "channel", "tv"), null), 400, "channel"));
    cases.add(new Case("zhouyan", "POST", "/api/leads", j, json(with(lead, "scale", 3), null), 400, "scale"));
    cases.add(new Case("zhouyan", "POST", "/api/leads", j, "[]", 400, "body"));
    // ------------------------------------------------------------ /api/consultations
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("channel", "phone");
    question.put("customerId", id);
    question.put("question", "想了解园区二期的入驻条件");
    question.put("cooperationIntent", false);
    cases.add(new Case("huangfang", "POST", "/api/consultations", j, json(with(question, "customerId", "abc"), null),
        400, "customerId"));
    cases.add(new Case("huangfang", "POST", "/api/consultations", j, json(with(question, "question", "@RAW@"),
        "\"" + NUL + "\""), 400, "question"));
    cases.add(new Case("huangfang", "POST", "/api/consultations", j, json(with(question, "channel", "fax"), null), 400,
        "channel"));
    cases.add(new Case("huangfang", "GET", "/api/consultations?page=-1", null, null, 400, "page"));
    cases.add(new Case("huangfang", "GET", "/api/consultations?size=abc", null, null, 400, "size"));
    // ------------------------------------------------------------ /api/care-activities
    Map<String, Object> care = new LinkedHashMap<>();
    care.put("kind", "event");
    care.put("title", "年度客户答谢会");
    care.put("plannedOn", "2099-12-10");
    care.put("place", "上海国际会议中心");
    care.put("content", "答谢合作客户");
    care.put("budget", 20000);
    care.put("targetMode", "LIST");
    care.put("customerIds", List.of(id));
    cases.add(new Case("zhangwei", "POST", "/api/care-activities", j, json(with(care, "plannedOn", "明天"), null), 400,
        "plannedOn"));
    cases.add(new Case("zhangwei", "POST", "/api/care-activities", j, json(with(care, "budget", "abc"), null), 400,
        "budget"));
    cases.add(new Case("zhangwei", "POST", "/api/care-activities", j, json(with(care, "title", "@RAW@"),
        "\"" + NUL + "\""), 400, "title"));
    cases.add(new Case("zhangwei", "POST", "/api/care-activities", j, json(with(care, "customerIds", SECRET), null),
        400, "customerIds"));
    // ------------------------------------------------------------ /api/agreements
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put("customerId", id);
    agreement.put("title", "年度招商合作协议");
    agreement.put("parties", "甲方：本公司；乙方：客户");
    agreement.put("rightsObligations", "甲方提供场地，乙方按期入驻");
    agreement.put("content", "产业园区招商合作");
    agreement.put("startDate", "2099-01-01");
    agreement.put("endDate", "2099-12-31");
    agreement.put("paymentTerms", "按季度银行转账");
    agreement.put("breachLiability", "逾期付款按日万分之五支付违约金");
    cases.add(new Case("zhangwei", "POST", "/api/agreements", j, json(with(agreement, "customerId", 1.5), null), 400,
        "customerId"));
    cases.add(new Case("zhangwei", "POST", "/api/agreements", j, json(with(agreement, "startDate", "2099-13-01"), null),
        400, "startDate"));
    cases.add(new Case("zhangwei", "POST", "/api/agreements", j, json(with(agreement, "title", "@RAW@"),
        "\"" + NUL + "\""), 400, "title"));
    cases.add(new Case("zhangwei", "POST", "/api/agreements", "text/plain", json(agreement, null), 415,
        "Content-Type"));
    // ------------------------------------------------------------ credit evaluations, inspections
    cases.add(new Case("zhangwei", "POST", cu + "/abc/credit-evaluations", j, "{}", 400, "id"));
    Map<String, Object> inspection = new LinkedHashMap<>();
    inspection.put("inspectedProcess", "customer-consultation");
    inspection.put("periodFrom", "2026-01-05");
    inspection.put("periodTo", "2026-01-09");
    inspection.put("sampleSize", 5);
    cases.add(new Case("maliang", "POST", "/api/inspections", j, json(with(inspection, "sampleSize", 1.5), null), 400,
        "sampleSize"));
    cases.add(new Case("maliang", "POST", "/api/inspections", j, json(with(inspection, "periodFrom", "abc"), null), 400,
        "periodFrom"));
    cases.add(new Case("maliang", "POST", "/api/inspections", j, json(with(inspection, "inspectedProcess",
        "no-such-process"), null), 400, "inspectedProcess"));
    // ------------------------------------------------------------ KPIs and reports
    cases.add(new Case("yangjun", "GET", "/api/kpis/complaints?from=abc&to=2026-11-30", null, null, 400, "from"));
    cases.add(new Case("yangjun", "GET", "/api/kpis/complaints?from=2026-11-01%00&to=2026-11-30", null, null, 400,
        "from"));
    cases.add(new Case("yangjun", "GET", "/api/complaint-reports/abc", null, null, 400, "id"));
    // ------------------------------------------------------------ notifications, audit, admin
    cases.add(new Case("yangjun", "GET", "/api/notifications?page=2147483647&size=200", null, null, 400, "page"));
    cases.add(new Case("yangjun", "GET", "/api/notifications?status=LOST", null, null, 400, "status"));
    cases.add(new Case("yangjun", "POST", "/api/notifications/abc/retry", null, null, 400, "id"));
    cases.add(new Case("yangjun", "POST", "/api/notifications/1.5/retry", null, null, 400, "id"));
    cases.add(new Case("maliang", "GET", "/api/audit?page=2147483647&size=200", null, null, 400, "page"));
    cases.add(new Case("maliang", "GET", "/api/audit?from=yesterday", null, null, 400, "from"));
    cases.add(new Case("maliang", "GET", "/api/audit?actor=%00", null, null, 400, "actor"));
    cases.add(new Case("admin", "GET", "/api/admin/data-protection/re-encrypt", null, null, 405, null));
    cases.add(new Case("admin", "GET", "/api/no-such-endpoint", null, null, 404, null));

    Map<String, Long> before = counts();
    // a NUL in the path itself never reaches the application: Tomcat refuses it (400, its own HTML page)
    assertThat(send("huangfang", "GET", c + "/CMP%00", null, null).status()).isEqualTo(400);
    List<String> failures = new ArrayList<>();
    Map<String, Long> counted = before;
    for (Case k : cases) {
      Response r = send(k.user(), k.method(), k.path(), k.contentType(), k.body());
      List<String> problems = new ArrayList<>();
      Map<String, Long> now = counts();
      if (!now.equals(counted)) {
        problems.add("wrote: " + counted + " → " + now);
        counted = now;
      }
      if (r.status() != k.status()) {
        problems.add("status " + r.status() + " instead of " + k.status());
      }
      if (!r.contentType().startsWith("application/problem+json")) {
        problems.add("content type " + r.contentType());
      } else {
        JsonNode body = r.json();
        if (k.field() != null && !body.path("fields").toString().contains("\"" + k.field() + "\"")) {
          problems.add("fields " + body.path("fields") + " do not name " + k.field());
        }
        if (!body.path("detail").asText().matches("(?s).*[\\u4e00-\\u9fff].*")) {
          problems.add("detail not Chinese: " + body.path("detail"));
        }
        if (k.field() != null && !body.path("detail").asText().contains(k.field())
            && !"body".equals(k.field()) && !"file".equals(k.field())) {
          problems.add("detail does not name " + k.field() + ": " + body.path("detail"));
        }
      }
      if (!problems.isEmpty()) {
        failures.add(k + " → " + problems + " " + r.body());
      }
    }
    assertThat(failures).as("cases answered wrongly").isEmpty();
    assertThat(counts()).as("nothing written").isEqualTo(before);
    Response after = send("zhangwei", "GET", "/api/customers/" + id, null, null);
    assertThat(after.json().path("name").asText() + "|" + after.json().path("rowVersion").asLong())
        .as("the customer is unchanged").isEqualTo(customerBefore);
    assertThat(after.json().path("address").isNull() || after.json().path("address").isMissingNode()).isTrue();

    // the log: one line per refusal, no stack trace, no user text
    String out = log.getAll();
    assertThat(out).contains("API request refused: 400 POST /api/complaints fields=[attachments[0]]");
    assertThat(out).doesNotContain(SECRET).doesNotContain("\u0000");
    assertThat(out.lines().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")).toList())
        .as("no stack trace").isEmpty();
    assertThat(out).doesNotContain("DefaultHandlerExceptionResolver").doesNotContain("SqlExceptionHelper");
  }

  @Test
  void aCsvCellWithANulCharacterRefusesItsRowNamingTheColumn() {
    String name = "导入坏字符客户" + UUID.randomUUID();
    String csv = "客户名称,地址,客户负责人\n" + name + ",上海\u0000" + SECRET + ",zhangwei\n";
    Map<String, Long> before = counts();
    Response r = send("wuxia", "POST", "/api/customers/import", "text/csv; charset=UTF-8", csv);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode row = r.json().path("results").get(0);
    assertThat(row.path("status").asText()).isEqualTo("refused");
    assertThat(row.path("column").asText()).isEqualTo("地址");
    assertThat(row.path("reason").asText()).contains("空字符");
    // the import itself is audited (one IMPORT entry with its result); nothing else is written
    Map<String, Long> after = counts();
    assertThat(after.remove("crm_audit_log")).isEqualTo(before.remove("crm_audit_log") + 1);
    assertThat(after).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT action FROM crm_audit_log ORDER BY seq DESC LIMIT 1", String.class))
        .isEqualTo("IMPORT");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_customer WHERE name = ?", Long.class, name)).isZero();
  }

  @Test
  void goodInputStillWorks() {
    // the strict reading refuses only what is wrong: emoji (a surrogate pair) are text, an unknown key is ignored,
    // a deep page within the limit is an empty page
    Map<String, Object> body = customer(b -> b.put("businessScope", "新能源🚗设备"));
    body.put("unknownKey", "ignored");
    Response r = send("zhangwei", "POST", "/api/customers", "application/json", json(body, null));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().path("businessScope").asText()).isEqualTo("新能源🚗设备");
    Map<String, Object> filed = complaint(r.json().path("id").asLong(), b -> b.put("attachments",
        List.of(attachment("说明.txt"))));
    Response complaint = send("huangfang", "POST", "/api/complaints", "application/json", json(filed, null));
    assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
    assertThat(send("zhangwei", "GET", "/api/customers?page=9999&size=100", null, null).status()).isEqualTo(200);
  }
}
