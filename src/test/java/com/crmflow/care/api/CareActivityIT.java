package com.crmflow.care.api;

import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.ArchiveCustomers;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customer care on PostgreSQL through real HTTP as the demo organisation's users: a contact's birthday written and
 * read on the customer API (encrypted at rest, a real date not in the future); a care activity planned through
 * {@code /api/care-activities} and worked in Tasklist's way ({@code /engine-rest} submit-form) onto the customer's
 * communication log; and what an insider cannot do (another owner's customer or an unknown id as target, the wrong
 * group, extra variables on start or on a task, another user's task, a skipped step).
 */
@IntegrationTest
class CareActivityIT {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired JdbcTemplate jdbc;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  Long customerOf(String owner) {
    return Long.valueOf(ArchiveCustomers.id(customers, "关怀集成客户" + UUID.randomUUID().toString().substring(0, 8)
        + "有限公司", owner));
  }

  static String day(int daysFromToday) {
    return LocalDate.now(BEIJING).plusDays(daysFromToday).toString();
  }

  static Map<String, Object> plan(String kind, List<Long> customerIds) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", kind);
    m.put("title", "年度客户答谢会");
    m.put("plannedOn", day(10));
    m.put("place", "上海国际会议中心");
    m.put("content", "答谢合作客户");
    m.put("budget", 20000);
    m.put("targetMode", "LIST");
    m.put("customerIds", customerIds);
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

  static Map<String, Object> contact(String name, String birthday) {
    Map<String, Object> c = new HashMap<>();
    c.put("name", name);
    c.put("phone", "13800138000");
    c.put("birthday", birthday);
    return c;
  }

  static Map<String, Object> newCustomer(Object... contacts) {
    Map<String, Object> b = new HashMap<>();
    b.put("name", "关怀生日客户" + UUID.randomUUID().toString().substring(0, 8) + "有限公司");
    b.put("industry", "机械制造");
    b.put("scale", "medium");
    b.put("contacts", List.of(contacts));
    return b;
  }

  @Test
  @Verifies({"P8.4", "X.2"})
  void aContactsBirthdayIsOptionalARealPastDateAndEncryptedAtRest() {
    Rest.Response created = as("zhangwei").post("/api/customers", newCustomer(contact("王建国", "1980-05-06"),
        contact("李四", null)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    JsonNode read = as("zhangwei").get("/api/customers/" + id).json();
    assertThat(read.path("contacts").get(0).path("birthday").asText()).isEqualTo("1980-05-06");
    assertThat(read.path("contacts").get(1).path("birthday").isNull()).isTrue();
    assertThat(jdbc.queryForList("SELECT birthday FROM crm_customer_contact WHERE customer_id = ? AND birthday IS NOT"
        + " NULL", String.class, id)).singleElement().asString().startsWith("tk1:").doesNotContain("1980");

    for (String bad : List.of("2026-02-30", "06/05/1980", day(1))) {
      Rest.Response r = as("zhangwei").post("/api/customers", newCustomer(contact("王建国", bad)));
      assertThat(r.status()).as(bad + ": " + r.body()).isEqualTo(400);
      assertThat(r.json().path("fields").toString()).as(bad).contains("contacts[0].birthday");
    }
  }

  @Test
  @Verifies({"P8.1", "P8.2", "P8.3"})
  void anAccountManagerPlansAnEventWorksItInTasklistAndItIsOnTheCustomersLog() {
    Long customerId = customerOf("zhangwei");
    Rest.Response created = as("zhangwei").post("/api/care-activities", plan("APPRECIATION_EVENT",
        List.of(customerId)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("activityNumber").asText();
    assertThat(number).matches("CARE-\\d{4}-\\d{6}");
    assertThat(created.json().path("targets").asInt()).isEqualTo(1);

    // who reads it: the organizer, the team lead, crm-dept; not another account manager
    assertThat(as("zhangwei").get("/api/care-activities/" + number).status()).isEqualTo(200);
    assertThat(as("liuyang").get("/api/care-activities/" + number).status()).isEqualTo(200);
    assertThat(as("wuxia").get("/api/care-activities/" + number).status()).isEqualTo(200);
    assertThat(as("lina").get("/api/care-activities/" + number).status()).isEqualTo(404);

    JsonNode invitation = onlyTask("zhangwei", number);
    assertThat(invitation.path("name").asText()).isEqualTo("确认客户邀请");
    assertThat(invitation.path("due").asText()).isNotBlank();
    Rest.Response replied = submit("zhangwei", invitation, vars("reply", "ACCEPTED", "replyNote", "两人参加"));
    assertThat(replied.status()).as(replied.body()).isEqualTo(204);

    JsonNode execute = onlyTask("zhangwei", number);
    assertThat(execute.path("name").asText()).isEqualTo("执行关怀活动");
    Rest.Response executed = submit("zhangwei", execute, vars("attendedCustomerIds",
        json("[\"" + customerId + "\"]"), "executionNotes", "活动顺利举行"));
    assertThat(executed.status()).as(executed.body()).isEqualTo(204);

    JsonNode summary = onlyTask("zhangwei", number);
    assertThat(summary.path("name").asText()).isEqualTo("活动总结与评估");
    Rest.Response summarized = submit("zhangwei", summary, vars("score", 5, "summary", "客户满意",
        "evaluation", "出席率 100%"));
    assertThat(summarized.status()).as(summarized.body()).isEqualTo(204);

    JsonNode a = as("zhangwei").get("/api/care-activities/" + number).json();
    assertThat(a.path("status").asText()).isEqualTo("DONE");
    assertThat(a.path("targets").get(0).path("attended").asBoolean()).isTrue();
    JsonNode log = as("zhangwei").get("/api/customers/" + customerId).json().path("communications");
    assertThat(log.toString()).contains("care-activity").contains(number).contains("已出席");
  }

  @Test
  @Verifies({"P8.1", "X.2"})
  void insidersAreRefused() {
    Long mine = customerOf("zhangwei");
    Long linas = customerOf("lina");
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM crm_care_activity", Integer.class);

    // the wrong group: neither the API nor the start form
    Rest.Response wrongGroup = as("huangfang").post("/api/care-activities", plan("APPRECIATION_EVENT", List.of(mine)));
    assertThat(wrongGroup.status()).isEqualTo(403);
    assertThat(as("huangfang").post("/engine-rest/process-definition/key/care-activity/submit-form",
        formStart(mine)).status()).isIn(403, 404);

    // another owner's customer and an unknown id: as if they did not exist
    Rest.Response others = as("zhangwei").post("/api/care-activities", plan("APPRECIATION_EVENT",
        List.of(mine, linas)));
    assertThat(others.status()).as(others.body()).isEqualTo(400);
    assertThat(others.body()).contains("customerIds").contains("客户编号 " + linas + " 不存在");
    Rest.Response unknown = as("zhangwei").post("/api/care-activities", plan("APPRECIATION_EVENT",
        List.of(987654321L)));
    assertThat(unknown.status()).isEqualTo(400);
    Rest.Response othersForm = as("zhangwei").post("/engine-rest/process-definition/key/care-activity/submit-form",
        formStart(linas));
    assertThat(othersForm.status()).as(othersForm.body()).isEqualTo(400);
    assertThat(othersForm.body()).contains("不存在");

    // extra variables on the start form: refused, nothing started
    Map<String, Object> extraStart = formStart(mine);
    @SuppressWarnings("unchecked")
    Map<String, Object> startVars = new HashMap<>((Map<String, Object>) extraStart.get("variables"));
    startVars.put("careActivityId", Map.of("value", 1));
    Rest.Response extra = as("zhangwei").post("/engine-rest/process-definition/key/care-activity/submit-form",
        Map.of("variables", startVars));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.body()).contains("careActivityId");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_care_activity", Integer.class)).isEqualTo(before);

    // the start form works for one's own customer
    Rest.Response started = as("zhangwei").post("/engine-rest/process-definition/key/care-activity/submit-form",
        formStart(mine));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String number = started.json().path("businessKey").asText();
    assertThat(number).matches("CARE-\\d{4}-\\d{6}");
    JsonNode task = onlyTask("zhangwei", number);

    // another user's task
    assertThat(submit("lina", task, vars("reply", "ACCEPTED")).status()).isIn(403, 404);
    // a skipped step: the summary's fields on the invitation
    assertThat(submit("zhangwei", task, vars("score", 5, "summary", "x", "evaluation", "y")).status())
        .isEqualTo(400);
    // an extra variable on the task: refused, nothing recorded
    Rest.Response withExtra = submit("zhangwei", task, vars("reply", "ACCEPTED", "targetId", 1));
    assertThat(withExtra.status()).as(withExtra.body()).isEqualTo(400);
    assertThat(withExtra.body()).contains("targetId");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_care_target t JOIN crm_care_activity a ON a.id ="
        + " t.activity_id WHERE a.activity_number = ? AND t.reply IS NOT NULL", Integer.class, number)).isZero();
  }

  static Map<String, Object> formStart(Long customerId) {
    return vars("kind", "INDUSTRY_SEMINAR", "title", "行业研讨会", "plannedOn", day(12), "place", "杭州",
        "content", "行业趋势分享", "targetMode", "LIST", "customerIds", json("[\"" + customerId + "\"]"));
  }
}
