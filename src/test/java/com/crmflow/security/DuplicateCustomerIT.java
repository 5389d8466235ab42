package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.CreditCode;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 409 for a duplicate customer (same normalised name or credit code) points at the existing customer only for
 * a caller who may see it (its owner, crm-dept …); anyone else learns that the customer exists and to ask crm-dept
 * — no id, no link, no owner — on create, update and CSV import. Nothing is created or changed.
 */
@IntegrationTest
class DuplicateCustomerIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String creditCode() {
    StringBuilder s = new StringBuilder("91310000");
    String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 9; i++) {
      s.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
    }
    return s + String.valueOf(CreditCode.checkCharacter(s.toString()));
  }

  static Map<String, Object> customer(String name, String code) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("name", name);
    b.put("creditCode", code);
    b.put("industry", "机械制造");
    return b;
  }

  /** zhangwei's customer: the one the others collide with. */
  JsonNode existing() {
    Rest.Response r = as("zhangwei").post("/api/customers", customer("重名测试(集团)有限公司" + UUID.randomUUID(),
        creditCode()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  /** No id of the existing customer anywhere in the answer, no owner, and whom to ask. */
  static void assertNoPointer(Rest.Response r, JsonNode existing, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(409);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode p = r.json();
    assertThat(p.path("fields").toString()).contains("\"" + field + "\"");
    assertThat(p.has("existingCustomerId")).as(r.body()).isFalse();
    assertThat(p.has("existingCustomerUrl")).as(r.body()).isFalse();
    assertThat(p.path("detail").asText()).contains("客户关系管理部门").contains("crm-dept");
    String id = existing.path("id").asText();
    for (var it = p.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getKey().equals("status")) {
        assertThat(Pattern.compile("(?<![0-9A-Za-z])" + id + "(?![0-9A-Za-z])").matcher(e.getValue().toString()).find())
            .as("the id " + id + " in " + e.getKey() + ": " + r.body()).isFalse();
      }
    }
    assertThat(r.body()).doesNotContain("zhangwei").doesNotContain("/api/customers/" + id);
  }

  static void assertPointer(Rest.Response r, JsonNode existing, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(409);
    JsonNode p = r.json();
    assertThat(p.path("fields").toString()).contains("\"" + field + "\"");
    assertThat(p.path("existingCustomerId").asLong()).isEqualTo(existing.path("id").asLong());
    assertThat(p.path("existingCustomerUrl").asText()).isEqualTo("/api/customers/" + existing.path("id").asLong());
  }

  @Test
  @Verifies("X.2")
  void anotherAccountManagerLearnsThatTheCustomerExistsButNotWhichOne() {
    JsonNode a = existing();
    long before = customers.count();
    String sameName = a.path("name").asText().replace("（", "(").replace("）", ")");

    assertNoPointer(as("lina").post("/api/customers", customer(sameName, creditCode())), a, "name");
    assertNoPointer(as("lina").post("/api/customers", customer("另一家公司" + UUID.randomUUID(),
        a.path("creditCode").asText().toLowerCase())), a, "creditCode");
    assertThat(as("lina").get("/api/customers/" + a.path("id").asLong()).status()).as("still invisible to her")
        .isEqualTo(404);
    assertThat(customers.count()).as("nothing created").isEqualTo(before);

    // renaming her own customer to that name: the same answer, her customer unchanged
    Rest.Response created = as("lina").post("/api/customers", customer("李娜的客户" + UUID.randomUUID(), creditCode()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode own = created.json();
    Map<String, Object> rename = customer(sameName, own.path("creditCode").asText());
    rename.put("rowVersion", own.path("rowVersion").asLong());
    String path = "/api/customers/" + own.path("id").asLong();
    assertNoPointer(as("lina").put(path, rename), a, "name");
    JsonNode after = as("lina").get(path).json();
    assertThat(after.path("name").asText()).isEqualTo(own.path("name").asText());
    assertThat(after.path("rowVersion").asLong()).isEqualTo(own.path("rowVersion").asLong());
  }

  @Test
  @Verifies("X.2")
  void whoMaySeeTheCustomerIsPointedToIt() {
    JsonNode a = existing();
    long before = customers.count();
    // the owner
    assertPointer(as("zhangwei").post("/api/customers", customer(a.path("name").asText(), creditCode())), a,
        "name");
    // crm-dept, who sees every customer (a new customer with an owner, as crm-dept must give one)
    Map<String, Object> byDept = customer("另一家公司" + UUID.randomUUID(), a.path("creditCode").asText());
    byDept.put("owner", "lina");
    assertPointer(as("wuxia").post("/api/customers", byDept), a, "creditCode");
    assertThat(customers.count()).isEqualTo(before);
  }

  @Test
  @Verifies("X.2")
  void theImportReportPointsAtTheCustomerOnlyForImportersWhoMaySeeIt() {
    JsonNode a = existing();
    long before = customers.count();
    // same name, another credit code: refused; crm-dept sees every customer, so the row names it
    String csv = "客户名称,统一社会信用代码,客户负责人\n" + a.path("name").asText() + "," + creditCode() + ",lina\n";
    Rest.Response r = as("wuxia").post("/api/customers/import", "text/csv; charset=UTF-8",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode row = r.json().path("results").get(0);
    assertThat(row.path("status").asText()).isEqualTo("refused");
    assertThat(row.path("customerId").asLong()).isEqualTo(a.path("id").asLong());
    assertThat(row.path("reason").asText()).contains("客户 " + a.path("id").asLong());
    assertThat(customers.count()).isEqualTo(before);
    // only crm-dept and administrators import (both see every customer); everyone else is refused outright
    Rest.Response lina = as("lina").post("/api/customers/import", "text/csv; charset=UTF-8",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(lina.status()).isEqualTo(403);
    assertThat(lina.json().has("results")).isFalse();
    assertThat(customers.count()).isEqualTo(before);
  }
}
