package com.crmflow.platform.security;

import com.crmflow.project.process.CustomerProjectRestIT;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what: the security chain, Camunda authorizations per group, and server-side form validation. */
@IntegrationTest
class AuthorizationIT {

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired com.crmflow.customer.domain.CustomerRepository customers;

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  private String startProjectAs(String user) {
    Rest.Response created = as(user).post("/api/projects", Map.of("customerId",
        Long.valueOf(com.crmflow.testsupport.it.ArchiveCustomers.id(customers, "北方制造股份", user)),
        "title", "售后系统改造", "details", "改造售后工单流程", "complexity", "normal"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("projectNumber").asText();
  }

  private JsonNode openTask(String number) {
    JsonNode tasks = Rest.as(port, "admin", "admin").get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  @Test
  @Verifies("X.2")
  void anonymousCallersGetOnlyHealth() {
    Rest anonymous = Rest.anonymous(port);
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/engine-rest/deployment").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/projects/PRJ-2026-0001").status()).isEqualTo(401);
    assertThat(anonymous.post("/api/projects", Map.of()).status()).isEqualTo(401);
    // unknown paths: 404, and no Basic challenge (LoginAndWebAttackIT)
    assertThat(anonymous.get("/anything-else").status()).isEqualTo(404);
    Rest.Response health = anonymous.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  @Verifies("X.2")
  void aWrongPasswordIsRefused() {
    // hejing is used by no other test: failed logins slow the user down (LoginThrottle)
    assertThat(Rest.as(port, "hejing", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  @Verifies("X.2")
  void staffOutsideTheCandidateGroupCannotClaimOrCompleteNorEvenSeeTheTask() {
    String number = startProjectAs("zhangwei");
    String taskId = openTask(number).path("id").asText();

    assertThat(as("zhaomin").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()).isEmpty();
    Rest.Response claim = as("zhaomin").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "zhaomin"));
    assertThat(claim.status()).isEqualTo(403);
    assertThat(claim.json().path("type").asText()).isEqualTo("AuthorizationException");
    Rest.Response complete = as("wangqiang").post("/engine-rest/task/" + taskId + "/complete", vars(
        "recordSummary", "x", "signerName", "x", "recordSigned", true));
    assertThat(complete.status()).isEqualTo(403);

    JsonNode still = openTask(number);
    assertThat(still.path("id").asText()).isEqualTo(taskId);
    assertThat(still.path("assignee").asText()).isEqualTo("zhangwei");
  }

  @Test
  @Verifies("X.2")
  void onlyTheRolesOfTheRegulationStartProjects() {
    assertThat(as("zhaomin").post("/engine-rest/process-definition/key/customer-project/submit-form",
        vars("customerId", "1", "title", "x", "details", "x", "complexity", "normal")).status()).isEqualTo(403);
    Rest.Response api = as("zhaomin").post("/api/projects", Map.of("customerId", 1L, "title", "x",
        "details", "x", "complexity", "normal"));
    assertThat(api.status()).isEqualTo(403);
    assertThat(api.contentType()).startsWith("application/problem+json");
    assertThat(api.json().path("detail").asText()).contains("无权发起");
    // what Tasklist's 启动流程 dialog lists
    assertThat(as("zhaomin").get("/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true")
        .json()).isEmpty();
    assertThat(as("huangfang").get("/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true")
        .json()).extracting(d -> d.path("key").asText()).contains("customer-project");
  }

  @Test
  @Verifies("X.2")
  void onlyAdministratorsDeployOrManageUsers() {
    assertThat(as("yangjun").post("/engine-rest/user/create", Map.of("profile", Map.of("id", "intruder",
        "firstName", "x", "lastName", "y"), "credentials", Map.of("password", "p"))).status()).isEqualTo(403);
    assertThat(as("yangjun").get("/engine-rest/user/intruder/profile").status()).isEqualTo(404);
    assertThat(as("maliang").post("/engine-rest/authorization/create", Map.of("type", 1, "permissions",
        new String[] {"ALL"}, "userId", "maliang", "resourceType", 0, "resourceId", "*")).status()).isEqualTo(403);
  }

  @Test
  void completingWithAMissingRequiredFieldIsRefusedWithTheFieldNamedAndTheTaskStaysOpen() {
    String number = startProjectAs("zhangwei");
    String taskId = openTask(number).path("id").asText();
    Rest.Response refused = as("zhangwei").post("/engine-rest/task/" + taskId + "/complete", vars(
        "recordSummary", "客户确认", "relatedDepartments", CustomerProjectRestIT.json("[\"技术部\"]"),
        "projectLead", "wangqiang", "recordSigned", true));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("signerName").contains("为必填项")
        .contains("签署《客户需求沟通记录》");
    Rest.Response viaForm = as("zhangwei").post("/engine-rest/task/" + taskId + "/submit-form", vars(
        "recordSummary", "客户确认", "relatedDepartments", CustomerProjectRestIT.json("[\"宣传部\"]"),
        "projectLead", "wangqiang", "signerName", "陈总", "recordSigned", true));
    assertThat(viaForm.status()).isEqualTo(400);
    assertThat(viaForm.json().path("message").asText()).contains("宣传部").contains("不在可选范围内");
    assertThat(openTask(number).path("id").asText()).isEqualTo(taskId);
  }
}
