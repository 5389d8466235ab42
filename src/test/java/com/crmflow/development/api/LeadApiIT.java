package com.crmflow.development.api;

import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.development.domain.LeadRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Customer development on PostgreSQL as the demo organisation's users: a lead captured through {@code /api/leads}
 * or the Tasklist start form, worked by its owner through the Camunda REST API to conversion; who may capture and
 * read leads, and what an insider cannot do (a duplicate, a referral without referrer, another user's lead, a
 * skipped step, an extra variable, the wrong group).
 */
@IntegrationTest
class LeadApiIT {

  @LocalServerPort int port;
  @Autowired LeadRepository leadRepository;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  static Map<String, Object> lead(String company, String channel, String referrer) {
    Map<String, Object> m = new HashMap<>();
    m.put("channel", channel);
    m.put("referrer", referrer);
    m.put("companyName", company);
    m.put("industry", "装备制造");
    m.put("scale", "medium");
    m.put("needs", "生产线自动化改造");
    m.put("background", "展会结识");
    return m;
  }

  static String company() {
    return "线索集成测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
  }

  JsonNode onlyTask(String user, String number) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
    assertThat(tasks).as(user + " tasks of " + number).hasSize(1);
    return tasks.get(0);
  }

  Rest.Response submit(String user, JsonNode task, Map<String, Object> body) {
    return as(user).post("/engine-rest/task/" + task.path("id").asText() + "/submit-form", body);
  }

  static Map<String, Object> plan() {
    return vars("visitPurpose", "介绍产品", "plannedDate", today(), "plannedTime", "14:30",
        "attendees", json("[{\"name\":\"谢鑫\",\"role\":\"主谈\"}]"), "visitContent", "产品演示");
  }

  @Test
  @Verifies({"P5.1", "P5.2", "P5.3", "P5.4"})
  void aLeadCapturedThroughTheApiIsWorkedByItsOwnerToConversion() {
    String company = company();
    Rest.Response created = as("xiexin").post("/api/leads", lead(company, "employee-referral", "zhangwei"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("leadNumber").asText();
    assertThat(number).matches("LEAD-\\d{4}-\\d{6}");
    String owner = created.json().path("owner").asText();
    assertThat(owner).isIn("xiexin", "fengxue");
    Long customerId = created.json().path("customerId").asLong();
    JsonNode customer = as("wuxia").get("/api/customers/" + customerId).json();
    assertThat(customer.path("grade").asText()).isEqualTo("D");
    assertThat(customer.path("owner").asText()).isEqualTo(owner);

    JsonNode task = onlyTask(owner, number);
    assertThat(task.path("name").asText()).isEqualTo("制定拜访计划");
    assertThat(task.path("assignee").asText()).isEqualTo(owner);
    Rest.Response form = as(owner).get("/engine-rest/task/" + task.path("id").asText() + "/form-variables");
    assertThat(form.json().path("context").path("value").asText()).contains(number).contains("员工推荐");
    assertThat(submit(owner, task, plan()).status()).isEqualTo(204);
    assertThat(submit(owner, onlyTask(owner, number), vars("visitConfirmed", true)).status()).isEqualTo(204);
    Rest.Response visited = submit(owner, onlyTask(owner, number), vars("visitedOn", today(), "visitRecord", "沟通顺利",
        "visitSummary", "客户有采购计划", "intention", "strong", "nextStep", "发送报价"));
    assertThat(visited.status()).as(visited.body()).isEqualTo(204);
    Rest.Response followed = submit(owner, onlyTask(owner, number), vars("followUpWay", "phone", "contactedOn", today(),
        "followUpContent", "沟通报价", "customerFeedback", "认可", "nextAction", "conclude"));
    assertThat(followed.status()).as(followed.body()).isEqualTo(204);
    JsonNode decide = onlyTask(owner, number);
    assertThat(decide.path("name").asText()).isEqualTo("确定开发结果");
    assertThat(submit(owner, decide, vars("outcome", "convert")).status()).isEqualTo(204);

    JsonNode l = as(owner).get("/api/leads/" + number).json();
    assertThat(l.path("status").asText()).isEqualTo("CONVERTED");
    assertThat(l.path("referrer").asText()).isEqualTo("zhangwei");
    assertThat(l.path("intention").asText()).isEqualTo("strong");
    assertThat(l.path("visits").get(0).path("attendees").get(0).asText()).isEqualTo("谢鑫：主谈");
    assertThat(l.path("followUps")).hasSize(1);
    // the customer's archive keeps how it was developed: the lead and its follow-up in its history
    JsonNode developed = as("wuxia").get("/api/customers/" + customerId).json().path("history").path("leads");
    assertThat(developed).hasSize(1);
    assertThat(developed.get(0).path("leadNumber").asText()).isEqualTo(number);
    assertThat(developed.get(0).path("status").asText()).isEqualTo("CONVERTED");
    assertThat(developed.get(0).path("followUps").get(0).path("wayLabel").asText()).isEqualTo("电话");
    assertThat(developed.toString()).doesNotContain("沟通报价");
    assertThat(as("wuxia").get("/api/leads/" + number).status()).isEqualTo(200);
    // the head of the marketing department leads the development team (config/organization.yaml teams)
    assertThat(as("zhouyan").get("/api/leads/" + number).status()).isEqualTo(200);
  }

  @Test
  @Verifies("P5.1")
  void theMarketingDepartmentCapturesALeadInTasklist() {
    String company = company();
    Rest.Response started = as("zhouyan").post("/engine-rest/process-definition/key/customer-development/submit-form",
        vars("channel", "market-research", "companyName", company, "industry", "装备制造", "scale", "large",
            "needs", "设备采购"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String number = started.json().path("businessKey").asText();
    assertThat(number).matches("LEAD-\\d{4}-\\d{6}");
    assertThat(as("wuxia").get("/api/leads/" + number).json().path("capturedBy").asText()).isEqualTo("zhouyan");
    // the account manager of another staff level may not start it
    assertThat(as("lina").post("/engine-rest/process-definition/key/customer-development/submit-form",
        vars("channel", "online", "companyName", company(), "industry", "x", "scale", "small", "needs", "x"))
        .status()).as("the definition is not even visible to her").isIn(403, 404);
  }

  @Test
  @Verifies("P5.1")
  void insidersAreRefused() {
    // wrong group
    Rest.Response wrongGroup = as("lina").post("/api/leads", lead(company(), "online", null));
    assertThat(wrongGroup.status()).isEqualTo(403);
    assertThat(wrongGroup.json().path("detail").asText()).contains("只有市场开发人员和市场部可以登记销售线索");
    // referral without referrer, referrer who is nobody
    Rest.Response noReferrer = as("zhouyan").post("/api/leads", lead(company(), "employee-referral", null));
    assertThat(noReferrer.status()).isEqualTo(400);
    assertThat(noReferrer.body()).contains("referrer").contains("推荐员工");
    assertThat(as("zhouyan").post("/api/leads", lead(company(), "employee-referral", "nobody")).body())
        .contains("推荐员工不存在");
    // duplicate lead: the company is a customer already (named, whatever the spacing)
    String company = company();
    Rest.Response first = as("xiexin").post("/api/leads", lead(company, "online", null));
    assertThat(first.status()).isEqualTo(201);
    Rest.Response duplicate = as("zhouyan").post("/api/leads", lead(" " + company + " ", "market-research", null));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().path("detail").asText()).contains("「" + company + "」").contains("不能再登记为新线索");

    // another user's lead: neither the other development staff nor another account manager sees it
    String number = first.json().path("leadNumber").asText();
    String owner = first.json().path("owner").asText();
    String other = owner.equals("xiexin") ? "fengxue" : "xiexin";
    assertThat(as(other).get("/api/leads/" + number).status()).isEqualTo(404);
    assertThat(as("lina").get("/api/leads/" + number).status()).isEqualTo(404);
    assertThat(as(other).get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
    JsonNode task = onlyTask(owner, number);
    assertThat(submit(other, task, plan()).status()).isIn(403, 404);

    // a skipped step: the visit record submitted to the plan task is refused (the plan's fields are required)
    Rest.Response skipped = submit(owner, task, vars("visitedOn", today(), "visitRecord", "x", "visitSummary", "x",
        "intention", "strong", "nextStep", "x"));
    assertThat(skipped.status()).isEqualTo(400);
    assertThat(skipped.json().path("message").asText()).contains("制定拜访计划");
    // an extra variable pointing the task at another lead changes nothing of that lead
    Rest.Response second = as("xiexin").post("/api/leads", lead(company(), "online", null));
    Map<String, Object> extra = new HashMap<>(plan());
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new HashMap<>((Map<String, Object>) extra.get("variables"));
    String secondNumber = second.json().path("leadNumber").asText();
    Long secondId = leadRepository.findByLeadNumber(secondNumber).orElseThrow().getId();
    variables.put("leadId", Map.of("value", secondId, "type", "Long"));
    Rest.Response redirected = submit(owner, task, Map.of("variables", variables));
    assertThat(redirected.status()).as(redirected.body()).isEqualTo(400);
    assertThat(redirected.json().path("message").asText()).contains("「leadId」不是任务「制定拜访计划」的表单的字段");
    assertThat(as("wuxia").get("/api/leads/" + secondNumber).json().path("visits")).isEmpty();
    assertThat(as("wuxia").get("/api/leads/" + number).json().path("visits")).isEmpty();
  }
}
