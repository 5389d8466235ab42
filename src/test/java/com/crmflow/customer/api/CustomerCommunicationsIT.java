package com.crmflow.customer.api;

import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The archive's communication log (X.1) on PostgreSQL through real HTTP: a customer developed from a lead (a visit
 * and a follow-up), visited by its owner and complaining afterwards shows these contacts in {@code communications},
 * newest first, without what was said; another account manager still gets 404. Finance reads, but cannot change,
 * the archive of a customer whose credit it evaluates, and nothing of any other customer (X.2, P3.7).
 */
@IntegrationTest
class CustomerCommunicationsIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ManagementService managementService;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  @Test
  @Verifies({"X.1", "X.2"})
  void theArchiveListsTheCustomersContactsOfEveryFeatureNewestFirst() {
    // 1. developed from a lead: a visit and a follow-up (what was said: 沟通顺利, 沟通报价)
    Map<String, Object> lead = new HashMap<>();
    lead.put("channel", "online");
    lead.put("companyName", "沟通记录集成测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司");
    lead.put("industry", "装备制造");
    lead.put("scale", "medium");
    lead.put("needs", "生产线自动化改造");
    Rest.Response created = as("xiexin").post("/api/leads", lead);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String leadNumber = created.json().path("leadNumber").asText();
    String owner = created.json().path("owner").asText();
    Long customerId = created.json().path("customerId").asLong();
    assertThat(submit(owner, leadNumber, vars("visitPurpose", "介绍产品", "plannedDate", today(),
        "attendees", json("[{\"name\":\"谢鑫\",\"role\":\"主谈\"}]"), "visitContent", "产品演示")).status())
        .isEqualTo(204);
    assertThat(submit(owner, leadNumber, vars("visitConfirmed", true)).status()).isEqualTo(204);
    Rest.Response visited = submit(owner, leadNumber, vars("visitedOn", today(), "visitRecord", "沟通顺利",
        "visitSummary", "客户有采购计划", "intention", "strong", "nextStep", "发送报价"));
    assertThat(visited.status()).as(visited.body()).isEqualTo(204);
    Rest.Response followed = submit(owner, leadNumber, vars("followUpWay", "phone", "contactedOn", today(),
        "followUpContent", "沟通报价", "customerFeedback", "认可", "nextAction", "conclude"));
    assertThat(followed.status()).as(followed.body()).isEqualTo(204);

    // 2. the owner's return visit (the cycle's timer executed at once: the job executor is off in the ITs)
    Rest.Response cycle = as("wuxia").post("/api/visits/cycles?customerId=" + customerId, Map.of());
    assertThat(cycle.status()).as(cycle.body()).isEqualTo(201);
    String visitNumber = cycle.json().path("visitNumbers").get(0).asText();
    String visitInstance = as("wuxia").get("/api/visits/" + visitNumber).json().path("processInstanceId").asText();
    Job timer = managementService.createJobQuery().processInstanceId(visitInstance).timers().singleResult();
    managementService.executeJob(timer.getId());
    JsonNode visitTask = as(owner).get("/engine-rest/task?processInstanceBusinessKey=" + visitNumber).json().get(0);
    Map<String, Object> record = vars("way", "phone", "visitDate", today(), "projectProgress", "设备调试中",
        "satisfaction", 4, "opinions", "希望缩短响应时间", "issuesRaised", false, "complaintRaised", false);
    Rest.Response recorded = as(owner).post("/engine-rest/task/" + visitTask.path("id").asText() + "/submit-form",
        record);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);

    // 3. then a complaint through customer service
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("customerId", customerId);
    complaint.put("channel", "hotline");
    complaint.put("content", "设备报修两天无人上门");
    complaint.put("category", "service-attitude");
    complaint.put("severity", "medium");
    complaint.put("contactPreference", "phone");
    complaint.put("contactName", "欧阳娜娜");
    complaint.put("contactPhone", "13900139000");
    Rest.Response complained = as("huangfang").post("/api/complaints", complaint);
    assertThat(complained.status()).as(complained.body()).isEqualTo(201);
    String complaintNumber = complained.json().path("complaintNumber").asText();

    Rest.Response read = as(owner).get("/api/customers/" + customerId);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonNode log = read.json().path("communications");
    assertThat(kinds(log)).containsExactly("complaint", "return-visit", "follow-up", "lead-visit");
    assertThat(read.json().path("communicationsTotal").asInt()).isEqualTo(4);
    assertThat(log.get(0).path("summary").asText()).contains("受理投诉", "服务态度", complaintNumber);
    assertThat(log.get(0).path("way").asText()).isEqualTo("客服热线");
    assertThat(log.get(0).path("reference").asText()).isEqualTo("/api/complaints/" + complaintNumber);
    assertThat(log.get(1).path("kindName").asText()).isEqualTo("回访");
    assertThat(log.get(1).path("summary").asText()).contains(visitNumber, "满意度 4/5");
    assertThat(log.get(1).path("way").asText()).isEqualTo("电话");
    assertThat(log.get(1).path("by").asText()).isEqualTo(owner);
    assertThat(log.get(2).path("way").asText()).isEqualTo("电话");
    assertThat(log.get(2).path("reference").asText()).isEqualTo("/api/leads/" + leadNumber);
    assertThat(log.get(3).path("summary").asText()).contains(leadNumber, "意向强烈");
    for (int i = 1; i < log.size(); i++) {
      assertThat(Instant.parse(log.get(i - 1).path("at").asText()))
          .isAfterOrEqualTo(Instant.parse(log.get(i).path("at").asText()));
    }
    // no free text and no contact's personal data in the log
    assertThat(log.toString()).doesNotContain("沟通顺利", "沟通报价", "希望缩短响应时间", "设备调试中", "报修两天",
        "欧阳娜娜", "13900139000");
    // the return visits are a part of the history of their own now
    JsonNode visits = read.json().path("history").path("visits");
    assertThat(visits).hasSize(2); // the visit made and the next cycle planned right after it
    assertThat(visits.toString()).contains(visitNumber, "\"satisfaction\":4").doesNotContain("希望缩短响应时间");

    // another account manager's customer stays invisible, log and all
    Rest.Response other = as("lina").get("/api/customers/" + customerId);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).doesNotContain(complaintNumber);
  }

  @Test
  @Verifies({"X.2", "P3.7"})
  void financeReadsTheArchiveOfACustomerUnderCreditEvaluationButCannotChangeItNorSeeOthers() {
    Long evaluated = customer("zhangwei");
    Long unrelated = customer("zhangwei");
    // before any evaluation, finance has no reason to see the customer
    assertThat(as("hejing").get("/api/customers/" + evaluated).status()).isEqualTo(404);

    Rest.Response started = as("zhangwei").post("/api/customers/" + evaluated + "/credit-evaluations", Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(201);

    Rest.Response read = as("hejing").get("/api/customers/" + evaluated);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().path("name").asText()).startsWith("财务读取集成测试客户");
    assertThat(read.json().has("communications")).isTrue();
    assertThat(read.json().has("history")).isTrue();

    // read only: a change is refused and changes nothing
    Map<String, Object> change = new HashMap<>();
    change.put("name", read.json().path("name").asText() + "改");
    change.put("rowVersion", read.json().path("rowVersion").asLong());
    Rest.Response put = as("hejing").put("/api/customers/" + evaluated, change);
    assertThat(put.status()).as(put.body()).isEqualTo(403);
    assertThat(customers.findById(evaluated).orElseThrow().getName()).isEqualTo(read.json().path("name").asText());

    // a customer without an evaluation: as if it did not exist, for reading and for changing
    assertThat(as("hejing").get("/api/customers/" + unrelated).status()).isEqualTo(404);
    assertThat(as("hejing").put("/api/customers/" + unrelated, change).status()).isIn(403, 404);
    // nor does finance find it, or any customer, by searching: finance reaches a customer through its evaluation
    assertThat(as("hejing").get("/api/customers?size=100").json().path("items").toString())
        .doesNotContain("\"id\":" + unrelated + ",");

    // the read is audited like any other; the refused one too
    JsonNode audit = as("maliang").get("/api/audit?entityType=customer&actor=hejing&size=100").json().path("items");
    List<String> entries = new ArrayList<>();
    audit.forEach(e -> entries.add(e.path("action").asText() + " " + e.path("entityId").asText() + " "
        + e.path("details").asText()));
    assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("READ " + evaluated + " ")
        .contains("read only through a read grant"));
    assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("DENIED " + unrelated + " ").contains("read refused"));
  }

  private Long customer(String owner) {
    Customer c = new Customer();
    c.setName("财务读取集成测试客户" + UUID.randomUUID().toString().substring(0, 8));
    c.setOwner(owner);
    c.setGrade("B");
    c.setCreatedAt(Instant.now());
    return customers.save(c).getId();
  }

  private Rest.Response submit(String user, String leadNumber, Map<String, Object> body) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + leadNumber).json();
    assertThat(tasks).as(user + " tasks of " + leadNumber).hasSize(1);
    return as(user).post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/submit-form", body);
  }

  private static List<String> kinds(JsonNode log) {
    List<String> kinds = new ArrayList<>();
    log.forEach(c -> kinds.add(c.path("kind").asText()));
    return kinds;
  }
}
