package com.crmflow.consultation.api;

import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.ArchiveCustomers;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customer consultation on PostgreSQL through real HTTP as the demo organisation's users: a known customer's enquiry
 * recorded through {@code /api/consultations} and answered in Tasklist's way ({@code /engine-rest} submit-form) into
 * a linked lead; an unknown enquirer from the start form, the contact encrypted at rest; who reads which
 * consultation; and what an insider cannot do (the wrong group, extra variables, another user's task, a forged or
 * inactive customer, an unknown channel, a skipped step).
 */
@IntegrationTest
class ConsultationApiIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired JdbcTemplate jdbc;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
  }

  Long customerOf(String owner) {
    return Long.valueOf(ArchiveCustomers.id(customers, unique("咨询集成客户"), owner));
  }

  static Map<String, Object> known(Long customerId, boolean intent) {
    Map<String, Object> m = new HashMap<>();
    m.put("channel", "phone");
    m.put("customerId", customerId);
    m.put("question", "想了解园区二期的入驻条件");
    m.put("cooperationIntent", intent);
    return m;
  }

  JsonNode onlyTask(String user, String number) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
    assertThat(tasks).as(user + " tasks of " + number).hasSize(1);
    return tasks.get(0);
  }

  Rest.Response submit(String user, JsonNode task, Map<String, Object> body) {
    return as(user).post("/engine-rest/task/" + task.path("id").asText() + "/submit-form", body);
  }

  static Map<String, Object> answer() {
    return vars("answer", "已介绍入驻条件", "answerWay", "phone", "resolved", true);
  }

  @Test
  @Verifies("P5.5")
  void aKnownCustomersEnquiryIsAnsweredAndBecomesALeadLinkedToTheCustomer() {
    Long customerId = customerOf("zhangwei");
    Rest.Response created = as("huangfang").post("/api/consultations", known(customerId, true));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("consultationNumber").asText();
    assertThat(number).matches("CSL-\\d{4}-\\d{6}");
    assertThat(created.json().path("customerId").asLong()).isEqualTo(customerId);
    assertThat(created.json().path("dueAt").asText()).isNotBlank();

    JsonNode task = onlyTask("huangfang", number);
    assertThat(task.path("name").asText()).isEqualTo("答复客户咨询");
    assertThat(task.path("due").asText()).isNotBlank();
    Rest.Response form = as("huangfang").get("/engine-rest/task/" + task.path("id").asText() + "/form-variables");
    assertThat(form.json().path("context").path("value").asText()).contains(number).contains("有合作意向");
    Rest.Response answered = submit("huangfang", task, answer());
    assertThat(answered.status()).as(answered.body()).isEqualTo(204);

    JsonNode c = as("huangfang").get("/api/consultations/" + number).json();
    assertThat(c.path("status").asText()).isEqualTo("ANSWERED");
    assertThat(c.path("answeredBy").asText()).isEqualTo("huangfang");
    assertThat(c.path("met").asBoolean()).isTrue();
    String lead = c.path("leadNumber").asText();
    assertThat(lead).matches("LEAD-\\d{4}-\\d{6}");
    assertThat(c.path("journal")).extracting(j -> j.path("kind").asText()).containsExactly("RECEIVED", "ANSWERED", "LEAD");
    // the lead follows the existing customer (its owner), no new customer
    JsonNode l = as("zhangwei").get("/api/leads/" + lead).json();
    assertThat(l.path("customerId").asLong()).isEqualTo(customerId);
    assertThat(l.path("channel").asText()).isEqualTo("consultation");
    assertThat(l.path("sourceReference").asText()).isEqualTo(number);
    assertThat(l.path("owner").asText()).isEqualTo("zhangwei");
    assertThat(customers.findAll().stream().filter(x -> x.getName().equals(l.path("customerName").asText())))
        .hasSize(1);

    // who reads it: customer service and its manager, the customer's owner, crm-dept; not another owner
    assertThat(as("yangjun").get("/api/consultations/" + number).status()).isEqualTo(200);
    assertThat(as("zhangwei").get("/api/consultations/" + number).status()).isEqualTo(200);
    assertThat(as("wuxia").get("/api/consultations/" + c.path("id").asText()).status()).isEqualTo(200);
    assertThat(as("lina").get("/api/consultations/" + number).status()).isEqualTo(404);
    assertThat(as("zhangwei").get("/api/consultations?size=200").json()).extracting(x -> x.path("consultationNumber").asText())
        .contains(number);
    assertThat(as("lina").get("/api/consultations?size=200").json()).extracting(x -> x.path("consultationNumber").asText())
        .doesNotContain(number);
    // and the customer's archive shows it
    JsonNode history = as("zhangwei").get("/api/customers/" + customerId).json().path("history").path("consultations");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).path("consultationNumber").asText()).isEqualTo(number);
    assertThat(history.toString()).doesNotContain("入驻条件");
  }

  @Test
  @Verifies("P5.5")
  void anUnknownEnquirerFromTheStartFormIsStoredEncryptedAndReadInPlain() {
    String company = unique("咨询新公司");
    Rest.Response started = as("huangfang").post("/engine-rest/process-definition/key/customer-consultation/submit-form",
        vars("channel", "online", "companyName", company, "contactName", "王先生", "contactPhone", "13800138000",
            "question", "是否有税收优惠", "cooperationIntent", false));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String number = started.json().path("businessKey").asText();
    assertThat(number).matches("CSL-\\d{4}-\\d{6}");
    Map<String, Object> row = jdbc.queryForMap(
        "SELECT contact_name, contact_phone, received_by FROM crm_consultation WHERE consultation_number = ?", number);
    assertThat(row.get("contact_phone").toString()).startsWith("tk1:").doesNotContain("13800138000");
    assertThat(row.get("contact_name").toString()).startsWith("tk1:");
    assertThat(row.get("received_by")).isEqualTo("huangfang");
    JsonNode c = as("huangfang").get("/api/consultations/" + number).json();
    assertThat(c.path("contactPhone").asText()).isEqualTo("13800138000");
    assertThat(c.path("companyName").asText()).isEqualTo(company);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_varinst WHERE text_ LIKE '%13800138000%'",
        Integer.class)).as("no contact in the engine's history").isZero();

    assertThat(submit("huangfang", onlyTask("huangfang", number), answer()).status()).isEqualTo(204);
    assertThat(as("huangfang").get("/api/consultations/" + number).json().path("leadNumber").isNull()).isTrue();
    // a customer's owner does not read an enquiry that is not about a customer of theirs
    assertThat(as("zhangwei").get("/api/consultations/" + number).status()).isEqualTo(404);
  }

  @Test
  @Verifies("P5.5")
  void insidersAreRefused() {
    Long customerId = customerOf("zhangwei");
    // a user outside customer service: neither the API nor the start form
    Rest.Response wrongGroup = as("zhangwei").post("/api/consultations", known(customerId, false));
    assertThat(wrongGroup.status()).isEqualTo(403);
    assertThat(wrongGroup.json().path("detail").asText()).contains("只有客户服务专员和客户服务经理可以受理客户咨询");
    assertThat(as("zhangwei").post("/engine-rest/process-definition/key/customer-consultation/submit-form",
        vars("channel", "phone", "customerId", String.valueOf(customerId), "question", "x", "cooperationIntent", false))
        .status()).isIn(403, 404);

    // a forged customer: absent, or inactive (not offered), is answered as if it did not exist
    Map<String, Object> absent = known(987654321L, false);
    Rest.Response forged = as("huangfang").post("/api/consultations", absent);
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("customerId").contains("客户编号 987654321 不存在");
    Customer inactive = customers.findById(customerOf("lina")).orElseThrow();
    inactive.setStatus("INACTIVE");
    customers.save(inactive);
    assertThat(as("huangfang").post("/api/consultations", known(inactive.getId(), false)).status()).isEqualTo(400);
    Rest.Response forgedForm = as("huangfang").post("/engine-rest/process-definition/key/customer-consultation/submit-form",
        vars("channel", "phone", "customerId", String.valueOf(inactive.getId()), "question", "x", "cooperationIntent", false));
    assertThat(forgedForm.status()).isEqualTo(400);
    assertThat(forgedForm.body()).contains("不存在");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_consultation WHERE customer_id IN (?, ?)", Integer.class,
        987654321L, inactive.getId())).isZero();

    // an unknown channel
    Map<String, Object> fax = known(customerId, false);
    fax.put("channel", "fax");
    Rest.Response badChannel = as("huangfang").post("/api/consultations", fax);
    assertThat(badChannel.status()).isEqualTo(400);
    assertThat(badChannel.body()).contains("channel");

    // extra variables on the start form: refused, nothing started
    Map<String, Object> extraStart = new HashMap<>(vars("channel", "phone", "customerId", String.valueOf(customerId),
        "question", "x", "cooperationIntent", false, "consultationId", 1L));
    Rest.Response extra = as("huangfang").post("/engine-rest/process-definition/key/customer-consultation/submit-form",
        extraStart);
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.body()).contains("consultationId");

    Rest.Response created = as("huangfang").post("/api/consultations", known(customerId, false));
    String number = created.json().path("consultationNumber").asText();
    JsonNode task = onlyTask("huangfang", number);
    // another user's task: the manager and an account manager are no candidates
    assertThat(submit("zhangwei", task, answer()).status()).isIn(403, 404);
    assertThat(submit("yangjun", task, answer()).status()).isIn(403, 404);
    // a skipped step: the supervision's field instead of the answer
    Rest.Response skipped = submit("huangfang", task, vars("superviseMeasures", "x"));
    assertThat(skipped.status()).isEqualTo(400);
    // an extra variable on the answer: refused, the other consultation untouched
    Map<String, Object> redirected = new HashMap<>(answer());
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new HashMap<>((Map<String, Object>) redirected.get("variables"));
    variables.put("cooperationIntent", Map.of("value", true));
    Rest.Response withExtra = submit("huangfang", task, Map.of("variables", variables));
    assertThat(withExtra.status()).as(withExtra.body()).isEqualTo(400);
    assertThat(withExtra.json().path("message").asText()).contains("cooperationIntent");
    assertThat(as("huangfang").get("/api/consultations/" + number).json().path("status").asText()).isEqualTo("OPEN");
    // the list and reading need a logged-in user's rights: bad paging is refused
    assertThat(as("huangfang").get("/api/consultations?size=0").status()).isEqualTo(400);
    assertThat(as("huangfang").get("/api/consultations/abc").status()).isEqualTo(404);
  }
}
