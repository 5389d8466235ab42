package com.crmflow.customer.api;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.customer.domain.CreditCode;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/customers} on PostgreSQL: who sees and changes what (owner, team lead, other staff, crm-dept,
 * senior-management, auditor, anonymous), validation naming the field, duplicates pointing to the existing
 * customer (for callers who may see it), optimistic locking, the audit trail of every read and change, and personal data that is ciphertext in
 * the tables but plaintext through the API.
 */
@IntegrationTest
class CustomerApiIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerRepository customers;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String unique(String name) {
    return name + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
  }

  /** A valid unified social credit code (GB 32100-2015 check character), random. */
  static String creditCode() {
    StringBuilder s = new StringBuilder("91310000");
    String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int i = 0; i < 9; i++) {
      s.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
    }
    return s.toString() + CreditCode.checkCharacter(s.toString());
  }

  static Map<String, Object> contact(String name, String phone, String email, String position) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("phone", phone);
    c.put("email", email);
    c.put("position", position);
    return c;
  }

  static Map<String, Object> customer(Consumer<Map<String, Object>> change) {
    Map<String, Object> b = new HashMap<>();
    b.put("name", unique("上海测试机械有限公司"));
    b.put("creditCode", creditCode());
    b.put("address", "上海市浦东新区张江路 1 号");
    b.put("industry", "机械制造");
    b.put("scale", "medium");
    b.put("businessScope", "机械设备研发、制造与销售");
    b.put("creditRating", "AA");
    b.put("annualPurchaseAmount", 1200.5);
    b.put("purchaseFrequency", 12);
    b.put("growthPotential", 4);
    b.put("marketInfluence", 3);
    b.put("contacts", new ArrayList<>(List.of(contact("王建国", "13800138000", "wangjianguo@example.com", "采购经理"))));
    change.accept(b);
    return b;
  }

  JsonNode createAs(String user, Map<String, Object> body) {
    Rest.Response r = as(user).post("/api/customers", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  @Test
  @Verifies({"X.1", "X.2"})
  void theOwnerTheTeamLeadAndTheDepartmentsSeeACustomerOtherStaffDoNot() {
    JsonNode created = createAs("zhangwei", customer(b -> { }));
    long id = created.path("id").asLong();
    assertThat(created.path("owner").asText()).as("an account manager's new customer is their own").isEqualTo("zhangwei");
    String path = "/api/customers/" + id;

    for (String user : List.of("zhangwei", "liuyang", "wuxia", "zhengkai", "maliang", "admin")) {
      Rest.Response r = user.equals("admin") ? Rest.as(port, "admin", "admin").get(path) : as(user).get(path);
      assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(200);
      assertThat(r.json().path("contacts").get(0).path("phone").asText()).as(user).isEqualTo("13800138000");
    }
    for (String user : List.of("lina", "chengang", "zhaomin", "huangfang", "wangqiang")) {
      Rest.Response r = as(user).get(path);
      assertThat(r.status()).as(user + " must not learn that the customer exists").isEqualTo(404);
      assertThat(r.body()).as(user).doesNotContain("王建国").doesNotContain("13800138000");
    }
    assertThat(as("lina").get("/api/customers/987654321").status()).isEqualTo(404);
    assertThat(Rest.anonymous(port).get(path).status()).isEqualTo(401);
    assertThat(Rest.anonymous(port).post("/api/customers", customer(b -> { })).status()).isEqualTo(401);

    // search: lina's result never contains zhangwei's customer, crm-dept's does
    String name = created.path("name").asText();
    assertThat(as("lina").get("/api/customers?name=" + enc(name)).json().path("total").asLong()).isZero();
    assertThat(as("wuxia").get("/api/customers?name=" + enc(name)).json().path("items").get(0).path("id").asLong())
        .isEqualTo(id);
    assertThat(as("liuyang").get("/api/customers?name=" + enc(name)).json().path("total").asLong()).isEqualTo(1);

    // changes: staff who may not change customers get 403 (also for ids that do not exist), auditors read only
    long version = created.path("rowVersion").asLong();
    Map<String, Object> update = customer(b -> {
      b.put("name", name);
      b.put("creditCode", created.path("creditCode").asText());
      b.put("rowVersion", version);
    });
    assertThat(as("chengang").put(path, update).status()).isEqualTo(403);
    assertThat(as("chengang").put("/api/customers/987654321", update).status()).isEqualTo(403);
    assertThat(as("maliang").put(path, update).status()).as("supervisor reads, never changes").isEqualTo(403);
    assertThat(as("lina").put(path, update).status()).as("another account manager: no such customer").isEqualTo(404);
    assertThat(as("zhaomin").post("/api/customers", customer(b -> { })).status()).isEqualTo(403);
    assertThat(Rest.anonymous(port).put(path, update).status()).isEqualTo(401);

    // the team lead may change it; the owner cannot hand it to someone else, crm-dept can
    Map<String, Object> byLead = new HashMap<>(update);
    byLead.put("industry", "通用设备制造");
    Rest.Response lead = as("liuyang").put(path, byLead);
    assertThat(lead.status()).as(lead.body()).isEqualTo(200);
    assertThat(lead.json().path("industry").asText()).isEqualTo("通用设备制造");
    long v2 = lead.json().path("rowVersion").asLong();
    assertThat(v2).isGreaterThan(version);

    Map<String, Object> handOver = new HashMap<>(byLead);
    handOver.put("rowVersion", v2);
    handOver.put("owner", "lina");
    assertThat(as("zhangwei").put(path, handOver).status()).isEqualTo(403);
    Rest.Response reassigned = as("wuxia").put(path, handOver);
    assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
    assertThat(as("lina").get(path).status()).as("the new owner").isEqualTo(200);
    assertThat(as("zhangwei").get(path).status()).as("the former owner").isEqualTo(404);
  }

  @Test
  @Verifies("X.1")
  void everyBadInputIsRefusedNamingTheFieldAndNothingIsStored() {
    Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
    cases.put("name", customer(b -> b.put("name", "  ")));
    cases.put("name ", customer(b -> b.put("name", "名".repeat(201))));
    String code = creditCode();
    cases.put("creditCode", customer(b -> b.put("creditCode", code.substring(0, 17)
        + (code.charAt(17) == '0' ? '1' : '0'))));
    cases.put("creditCode ", customer(b -> b.put("creditCode", "91310000MA1FL0TX")));
    cases.put("creditCode  ", customer(b -> b.put("creditCode", "91310000MA1FL0TXIO")));
    cases.put("scale", customer(b -> b.put("scale", "huge")));
    cases.put("status", customer(b -> b.put("status", "DELETED")));
    cases.put("growthPotential", customer(b -> b.put("growthPotential", 6)));
    cases.put("marketInfluence", customer(b -> b.put("marketInfluence", 0)));
    cases.put("annualPurchaseAmount", customer(b -> b.put("annualPurchaseAmount", -1)));
    cases.put("purchaseFrequency", customer(b -> b.put("purchaseFrequency", -3)));
    cases.put("contacts[0].name", customer(b -> b.put("contacts", List.of(contact(" ", "13800138000", null, null)))));
    cases.put("contacts[0].phone", customer(b -> b.put("contacts", List.of(contact("李四", "call me", null, null)))));
    cases.put("contacts[0].email", customer(b -> b.put("contacts", List.of(contact("李四", null, "li@", null)))));
    cases.put("contacts[1].name", customer(b -> b.put("contacts", List.of(contact("李四", null, null, null),
        contact("李四", null, null, null)))));
    cases.put("contacts", customer(b -> b.put("contacts", java.util.Collections.nCopies(21,
        contact("李四", null, null, null)))));

    long before = customers.count();
    cases.forEach((field, body) -> {
      Rest.Response r = as("zhangwei").post("/api/customers", body);
      assertThat(r.status()).as(field + ": " + r.body()).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().path("fields").toString()).as(field).contains("\"" + field.trim() + "\"");
      assertThat(r.json().path("detail").asText()).as(field).isNotBlank();
    });
    // owner and grade are for crm-dept: validated there
    Rest.Response unknownOwner = as("wuxia").post("/api/customers", customer(b -> b.put("owner", "nobody")));
    assertThat(unknownOwner.status()).isEqualTo(400);
    assertThat(unknownOwner.json().path("fields").toString()).contains("owner");
    Rest.Response noOwner = as("wuxia").post("/api/customers", customer(b -> { }));
    assertThat(noOwner.status()).as("an active customer always has an owner").isEqualTo(400);
    assertThat(noOwner.json().path("fields").toString()).contains("owner");
    Rest.Response badGrade = as("wuxia").post("/api/customers", customer(b -> {
      b.put("owner", "lina");
      b.put("grade", "E");
    }));
    assertThat(badGrade.status()).isEqualTo(400);
    assertThat(badGrade.json().path("fields").toString()).contains("grade");
    assertThat(as("zhangwei").post("/api/customers", customer(b -> b.put("grade", "A"))).status())
        .as("staff do not grade customers").isEqualTo(403);
    assertThat(customers.count()).isEqualTo(before);
  }

  @Test
  @Verifies("X.1")
  void aSecondCustomerWithTheSameNameOrCreditCodeIsRefusedWithAPointerToTheFirst() {
    JsonNode first = createAs("zhangwei", customer(b -> b.put("name", unique("华南精密(集团)有限公司"))));
    long id = first.path("id").asLong();
    assertThat(first.path("name").asText()).as("official full-width parentheses").contains("（集团）");

    Rest.Response sameName = as("lina").post("/api/customers", customer(b -> b.put("name",
        first.path("name").asText().replace("（", "(").replace("）", ")"))));
    assertThat(sameName.status()).as(sameName.body()).isEqualTo(409);
    assertThat(sameName.json().path("fields").toString()).contains("name");
    // lina may not see zhangwei's customer: no pointer to it, only whom to ask (security.DuplicateCustomerIT)
    assertThat(sameName.json().has("existingCustomerId")).isFalse();
    assertThat(sameName.json().path("detail").asText()).contains("crm-dept");
    assertThat(as("lina").get("/api/customers/" + id).status()).isEqualTo(404);

    Rest.Response sameCode = as("zhangwei").post("/api/customers", customer(b -> b.put("creditCode",
        first.path("creditCode").asText().toLowerCase())));
    assertThat(sameCode.status()).as(sameCode.body()).isEqualTo(409);
    assertThat(sameCode.json().path("fields").toString()).contains("creditCode");
    assertThat(sameCode.json().path("existingCustomerId").asLong()).isEqualTo(id);

    // renaming another customer to an existing name is refused the same way
    JsonNode second = createAs("zhangwei", customer(b -> { }));
    Map<String, Object> rename = customer(b -> {
      b.put("name", first.path("name").asText());
      b.put("creditCode", second.path("creditCode").asText());
      b.put("rowVersion", second.path("rowVersion").asLong());
    });
    Rest.Response renamed = as("zhangwei").put("/api/customers/" + second.path("id").asLong(), rename);
    assertThat(renamed.status()).isEqualTo(409);
    assertThat(renamed.json().path("existingCustomerId").asLong()).isEqualTo(id);
  }

  @Test
  @Verifies("X.1")
  void anUpdateBasedOnAnOldVersionIsRefused() {
    JsonNode c = createAs("zhangwei", customer(b -> { }));
    String path = "/api/customers/" + c.path("id").asLong();
    Map<String, Object> base = customer(b -> {
      b.put("name", c.path("name").asText());
      b.put("creditCode", c.path("creditCode").asText());
    });
    Map<String, Object> noVersion = new HashMap<>(base);
    Rest.Response missing = as("zhangwei").put(path, noVersion);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("fields").toString()).contains("rowVersion");

    Map<String, Object> first = new HashMap<>(base);
    first.put("rowVersion", c.path("rowVersion").asLong());
    first.put("address", "上海市徐汇区漕溪北路 2 号");
    assertThat(as("zhangwei").put(path, first).status()).isEqualTo(200);
    Map<String, Object> stale = new HashMap<>(base);
    stale.put("rowVersion", c.path("rowVersion").asLong());
    stale.put("address", "上海市静安区南京西路 3 号");
    Rest.Response conflict = as("liuyang").put(path, stale);
    assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
    assertThat(as("zhangwei").get(path).json().path("address").asText()).isEqualTo("上海市徐汇区漕溪北路 2 号");

    // contacts: listed ones are kept or changed, unlisted ones removed, new ones added
    JsonNode now = as("zhangwei").get(path).json();
    Map<String, Object> contacts = new HashMap<>(first);
    contacts.put("rowVersion", now.path("rowVersion").asLong());
    Map<String, Object> kept = contact("王建国", "021-66668888 转 123", "wangjianguo@example.com", "采购总监");
    kept.put("id", now.path("contacts").get(0).path("id").asLong());
    contacts.put("contacts", List.of(kept, contact("赵敏", null, "zhaomin@example.com", null)));
    Rest.Response changed = as("zhangwei").put(path, contacts);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("contacts")).hasSize(2);
    assertThat(changed.json().path("contacts").get(0).path("phone").asText()).isEqualTo("021-66668888 转 123");
    assertThat(changed.json().path("rowVersion").asLong()).isGreaterThan(now.path("rowVersion").asLong());
  }

  @Test
  @Verifies({"X.1", "X.2"})
  void personalDataIsCiphertextInTheTablesAndPlaintextThroughTheApi() {
    JsonNode c = createAs("zhangwei", customer(b -> b.put("contacts", List.of(
        contact("欧阳娜娜", "13912345678", "ouyang.nana@example.com", "总经理")))));
    long id = c.path("id").asLong();

    Map<String, Object> row = jdbc.queryForMap("SELECT name, phone, email, position FROM crm_customer_contact"
        + " WHERE customer_id = ?", id);
    for (String column : List.of("name", "phone", "email")) {
      String stored = (String) row.get(column);
      assertThat(stored).as(column).startsWith("tk1:")
          .doesNotContain("欧阳娜娜").doesNotContain("13912345678").doesNotContain("ouyang");
    }
    assertThat(row.get("position")).as("a job title is not personal data").isEqualTo("总经理");
    String all = jdbc.queryForList("SELECT * FROM crm_customer_contact WHERE customer_id = ?", id).toString();
    assertThat(all).doesNotContain("13912345678");

    JsonNode read = as("zhangwei").get("/api/customers/" + id).json();
    assertThat(read.path("contacts").get(0).path("name").asText()).isEqualTo("欧阳娜娜");
    assertThat(read.path("contacts").get(0).path("phone").asText()).isEqualTo("13912345678");
    assertThat(read.path("contacts").get(0).path("email").asText()).isEqualTo("ouyang.nana@example.com");

    // the complaint contact of a complaint about this customer: encrypted too, and in the customer's history
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("customerId", id);
    complaint.put("channel", "online-form");
    complaint.put("content", "交付延迟");
    complaint.put("category", "delivery");
    complaint.put("severity", "medium");
    complaint.put("contactPreference", "phone");
    complaint.put("contactName", "欧阳娜娜");
    complaint.put("contactPhone", "13912345678");
    Rest.Response filed = as("huangfang").post("/api/complaints", complaint);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    Map<String, Object> stored = jdbc.queryForMap("SELECT contact_name, contact_phone FROM crm_complaint"
        + " WHERE complaint_number = ?", filed.json().path("complaintNumber").asText());
    assertThat((String) stored.get("contact_name")).startsWith("tk1:").doesNotContain("欧阳");
    assertThat((String) stored.get("contact_phone")).startsWith("tk1:").doesNotContain("139");
    JsonNode history = as("zhangwei").get("/api/customers/" + id).json().path("history");
    assertThat(history.path("complaints").get(0).path("complaintNumber").asText())
        .isEqualTo(filed.json().path("complaintNumber").asText());
    assertThat(history.path("complaints").toString()).doesNotContain("欧阳娜娜");
    assertThat(history.has("projects")).isTrue();
    assertThat(history.has("visits")).isTrue();
  }

  @Test
  @Verifies({"X.2", "X.4"})
  void everyReadAndChangeIsAuditedForTheSupervisorInATamperEvidentLog() {
    JsonNode c = createAs("zhangwei", customer(b -> { }));
    long id = c.path("id").asLong();
    as("zhangwei").get("/api/customers/" + id);
    as("lina").get("/api/customers/" + id);
    Map<String, Object> update = customer(b -> {
      b.put("name", c.path("name").asText());
      b.put("creditCode", c.path("creditCode").asText());
      b.put("rowVersion", c.path("rowVersion").asLong());
      b.put("industry", "仪器仪表");
    });
    assertThat(as("zhangwei").put("/api/customers/" + id, update).status()).isEqualTo(200);

    Rest.Response r = as("maliang").get("/api/audit?entityType=customer&entityId=" + id + "&size=50");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> actions = new ArrayList<>();
    r.json().path("items").forEach(e -> actions.add(e.path("actor").asText() + ":" + e.path("action").asText()));
    assertThat(actions).containsExactly("zhangwei:UPDATE", "lina:DENIED", "zhangwei:READ", "zhangwei:CREATE");
    JsonNode update0 = r.json().path("items").get(0);
    assertThat(update0.path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(update0.path("details").asText()).contains("industry").doesNotContain("仪器仪表");
    assertThat(update0.path("at").asText()).isNotBlank();
    assertThat(r.json().toString()).as("no personal data in the log").doesNotContain("王建国")
        .doesNotContain("13800138000");

    Rest.Response byActor = as("maliang").get("/api/audit?actor=lina&from=2020-01-01&to=2099-12-31");
    assertThat(byActor.status()).isEqualTo(200);
    byActor.json().path("items").forEach(e -> assertThat(e.path("actor").asText()).isEqualTo("lina"));
    assertThat(Rest.as(port, "admin", "admin").get("/api/audit?entityType=customer").status()).isEqualTo(200);
    for (String user : List.of("zhangwei", "wuxia", "zhengkai")) {
      assertThat(as(user).get("/api/audit").status()).as(user).isEqualTo(403);
    }
    Rest.Response badDate = as("maliang").get("/api/audit?from=yesterday");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().path("fields").toString()).contains("from");

    Rest.Response verification = as("maliang").get("/api/audit/verification");
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().path("valid").asBoolean()).as(verification.body()).isTrue();
    assertThat(verification.json().path("entries").asLong()).isGreaterThanOrEqualTo(4);

    // the database itself refuses to change or remove audit entries
    assertThatThrownBy(() -> jdbc.update("UPDATE crm_audit_log SET details = 'x' WHERE seq = 1"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM crm_audit_log WHERE seq = 1"))
        .hasMessageContaining("append-only");
  }

  @Autowired org.camunda.bpm.engine.FormService formService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  @Test
  @Verifies("X.2")
  void contactDataEnteredInATasklistStartFormStaysOutOfProcessVariablesAndHistory() {
    JsonNode c = createAs("zhangwei", customer(b -> { }));
    Map<String, Object> form = new HashMap<>();
    form.put("customerId", c.path("id").asLong());
    form.put("channel", "hotline");
    form.put("content", "热线来电：设备故障");
    form.put("category", "product-quality");
    form.put("severity", "low");
    form.put("contactPreference", "email");
    form.put("contactName", "上官婉儿");
    form.put("contactPhone", "13712345678");
    form.put("contactEmail", "shangguan@example.com");
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
        .latestVersion().singleResult().getId();
    identityService.setAuthentication("huangfang", List.of("cs-specialist"));
    String instance;
    try {
      instance = formService.submitStartForm(definition, form).getId();
    } finally {
      identityService.clearAuthentication();
    }
    String number = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey();
    Map<String, Object> stored = jdbc.queryForMap("SELECT contact_name, contact_phone, contact_email FROM crm_complaint"
        + " WHERE complaint_number = ?", number);
    assertThat(stored.values()).allSatisfy(v -> assertThat((String) v).startsWith("tk1:"));

    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE proc_inst_id_ = ? AND (text_ LIKE"
          + " '%13712345678%' OR text_ LIKE '%shangguan%' OR text_ LIKE '%上官婉儿%' OR name_ IN ('contactName', 'contactPhone', 'contactEmail'))",
          Long.class, instance)).as(table).isZero();
    }
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("customerId").count()).as("other variables keep their history").isEqualTo(1);
  }

  @Test
  @Verifies("X.2")
  void administratorsSeeWhichKeysEncryptTheStoredValuesAndCanReEncryptThem() {
    createAs("zhangwei", customer(b -> { }));
    Rest admin = Rest.as(port, "admin", "admin");
    Rest.Response status = admin.get("/api/admin/data-protection");
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    JsonNode keys = status.json().path("keys");
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0).path("primary").asBoolean()).isTrue();
    assertThat(keys.get(0).path("id").asLong()).isEqualTo(status.json().path("primaryKeyId").asLong()).isPositive();
    long stored = jdbc.queryForObject("SELECT COUNT(name) + COUNT(phone) + COUNT(email) FROM crm_customer_contact",
        Long.class) + jdbc.queryForObject("SELECT COUNT(contact_name) + COUNT(contact_phone) + COUNT(contact_email)"
        + " FROM crm_complaint", Long.class);
    assertThat(keys.get(0).path("values").asLong()).isEqualTo(stored);
    assertThat(status.json().path("plaintextValues").asLong()).isZero();
    assertThat(status.json().path("keysInUseNotInKeyset")).isEmpty();

    Rest.Response run = admin.post("/api/admin/data-protection/re-encrypt", Map.of());
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json().path("reEncrypted").asLong()).as("everything is on the primary key already").isZero();
    assertThat(run.json().path("unreadable").asLong()).isZero();
    for (String user : List.of("wuxia", "maliang", "zhangwei")) {
      assertThat(as(user).get("/api/admin/data-protection").status()).as(user).isEqualTo(403);
      assertThat(as(user).post("/api/admin/data-protection/re-encrypt", Map.of()).status()).as(user).isEqualTo(403);
    }
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
