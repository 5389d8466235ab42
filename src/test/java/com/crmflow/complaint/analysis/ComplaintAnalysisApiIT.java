package com.crmflow.complaint.analysis;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.complaint.analysis.ComplaintRows;
import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadlineRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Complaint KPIs and analyses through {@code /api} on PostgreSQL: the figures of hand-made rows (the same
 * queries as on H2), who may read them, 400 for bad parameters, CSV for Excel, and a manual analysis started and
 * completed through {@code /engine-rest} by the customer-service manager. The rows lie in February 2019, a month
 * no other test uses.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintAnalysisApiIT {

  static final String FEBRUARY = "/api/kpis/complaints?from=2019-02-01&to=2019-02-28";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintDeadlineRepository deadlines;

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  @BeforeAll
  void february2019() {
    ComplaintRows rows = new ComplaintRows(customers, complaints, deadlines);
    Complaint first = rows.complaint("2019-02-01T00:00", "product-quality", "phone", "product-defect", "技术部",
        "CLOSED", 0, 5);
    Complaint second = rows.complaint("2019-02-14T11:00", "product-quality", "hotline", "product-defect", "技术部",
        "CLOSED", 1, 2);
    rows.complaint("2019-02-28T23:59", "billing", "email", "billing-error", "财务部", "IN_PROGRESS", 0, null);
    // outside: 00:00 Beijing on 1 March (still 28 February in UTC)
    Complaint march = rows.complaint("2019-03-01T00:00", "billing", "email", "billing-error", "财务部", "CLOSED", 0, 1);
    rows.deadline(first, "INITIAL_RESPONSE", 1, true);
    rows.deadline(second, "INITIAL_RESPONSE", 1, false);
    rows.deadline(second, "RESULT_FEEDBACK", 1, true);
    rows.deadline(march, "RESULT_FEEDBACK", 1, false);
  }

  @Test
  @Verifies("P2.KPI")
  void theKpisOfAPeriodOnPostgresql() {
    Rest.Response r = as("yangjun").get(FEBRUARY);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode k = r.json();
    assertThat(k.path("from").asText()).isEqualTo("2019-02-01");
    assertThat(k.path("to").asText()).isEqualTo("2019-02-28");
    assertThat(k.path("total").asLong()).isEqualTo(3);
    assertThat(k.path("byCategory").toString()).isEqualTo("{\"product-quality\":2,\"billing\":1}");
    assertThat(k.path("byCause").toString()).isEqualTo("{\"product-defect\":2,\"billing-error\":1}");
    assertThat(k.path("byDepartment").toString()).isEqualTo("{\"技术部\":2,\"财务部\":1}");
    assertThat(k.path("byChannel").toString()).isEqualTo("{\"email\":1,\"hotline\":1,\"phone\":1}");
    assertThat(k.path("onTimeInitialResponseRate").asDouble()).isEqualTo(0.5);
    assertThat(k.path("onTimeFeedbackRate").asDouble()).isEqualTo(1.0);
    assertThat(k.path("resolutionRate").asDouble()).isEqualTo(0.6667);
    assertThat(k.path("reopenRate").asDouble()).isEqualTo(0.3333);
    assertThat(k.path("averageSatisfaction").asDouble()).isEqualTo(3.5);
    assertThat(k.path("recurringCauses").toString()).isEqualTo("[{\"cause\":\"product-defect\",\"count\":2}]");

    JsonNode empty = as("wuxia").get("/api/kpis/complaints?from=2019-01-01&to=2019-01-31").json();
    assertThat(empty.path("total").asLong()).isZero();
    assertThat(empty.path("onTimeInitialResponseRate").isNull()).isTrue();
    assertThat(empty.path("resolutionRate").isNull()).isTrue();
    assertThat(empty.path("averageSatisfaction").isNull()).isTrue();
  }

  @Test
  @Verifies("P2.KPI")
  void csvForExcelByAcceptHeaderOrFormatParameter() {
    for (Raw csv : new Raw[] {raw("zhengkai", FEBRUARY, "text/csv"), raw("maliang", FEBRUARY + "&format=csv", null),
        raw("yangjun", FEBRUARY, "text/csv;q=0.9, application/json;q=0.5")}) {
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
      assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
      assertThat(csv.text()).startsWith("\uFEFF指标,值\r\n统计开始日期,2019-02-01\r\n统计结束日期,2019-02-28\r\n投诉总数,3\r\n")
          .contains("投诉类别：产品质量,2\r\n").contains("投诉原因：费用差错,1\r\n").contains("责任部门：技术部,2\r\n")
          .contains("投诉渠道：客服热线,1\r\n").contains("初步响应及时率,50.00%\r\n").contains("投诉解决率,66.67%\r\n")
          .contains("平均满意度（1–5）,3.5\r\n").endsWith("重复发生的投诉原因：产品缺陷,2\r\n");
    }
    // JSON stays the default, also when the client prefers it
    assertThat(raw("yangjun", FEBRUARY, "application/json, text/csv;q=0.5").contentType()).startsWith("application/json");
    assertThat(raw("yangjun", FEBRUARY + "&format=json", "text/csv").contentType()).startsWith("application/json");
  }

  @Test
  void badParametersAre400NamingTheParameter() {
    assertProblem(as("yangjun").get("/api/kpis/complaints?to=2019-02-28"), 400, "from");
    assertProblem(as("yangjun").get("/api/kpis/complaints?from=2019-02-01"), 400, "to");
    assertProblem(as("yangjun").get("/api/kpis/complaints?from=2019-02-01&to=2019-02-30"), 400, "to");
    assertProblem(as("yangjun").get("/api/kpis/complaints?from=01.02.2019&to=2019-02-28"), 400, "from");
    Rest.Response reversed = as("yangjun").get("/api/kpis/complaints?from=2019-03-01&to=2019-02-01");
    assertProblem(reversed, 400, "from");
    assertThat(reversed.json().path("detail").asText()).contains("不能晚于");
    assertProblem(as("yangjun").get(FEBRUARY + "&format=xlsx"), 400, "format");
    assertProblem(as("yangjun").get("/api/complaint-reports/abc"), 400, "id");
    // also when the client asked for CSV: the problem comes as problem+json
    Raw csvClient = raw("yangjun", "/api/kpis/complaints?from=2019-02-01", "text/csv");
    assertThat(csvClient.status()).isEqualTo(400);
    assertThat(csvClient.contentType()).startsWith("application/problem+json");
    assertThat(as("yangjun").get("/api/complaint-reports/999999").status()).isEqualTo(404);
  }

  @Test
  @Verifies("X.2")
  void onlyComplaintOverseersReadKpisAndReports() {
    for (String user : new String[] {"zhaomin", "huangfang", "zhangwei", "liuyang"}) {
      assertProblem(as(user).get(FEBRUARY), 403, null);
      assertProblem(as(user).get("/api/complaint-reports"), 403, null);
      assertProblem(as(user).get("/api/complaint-reports/1"), 403, null);
      assertThat(raw(user, "/api/complaint-reports/1.csv", null).status()).isEqualTo(403);
    }
    // refused before the parameters are looked at
    assertProblem(as("zhaomin").get("/api/kpis/complaints"), 403, null);
    for (String user : new String[] {"yangjun", "wuxia", "zhengkai", "maliang"}) {
      assertThat(as(user).get(FEBRUARY).status()).as(user).isEqualTo(200);
    }
    assertThat(Rest.as(port, "admin", "admin").get(FEBRUARY).status()).isEqualTo(200);
    assertThat(Rest.anonymous(port).get(FEBRUARY).status()).isEqualTo(401);
    assertThat(Rest.anonymous(port).get("/api/complaint-reports").status()).isEqualTo(401);
  }

  @Test
  @Verifies("P2.10")
  void aManagerAnalysesFebruaryAndRecordsImprovementsThatOverseersRead() {
    // only the customer-service manager starts analyses; to others the definition does not even exist (404)
    assertThat(as("huangfang").post("/engine-rest/process-definition/key/complaint-analysis/submit-form",
        vars("periodFrom", "2019-02-01", "periodTo", "2019-02-28")).status()).isEqualTo(404);
    assertThat(as("huangfang").get("/engine-rest/process-definition?startablePermissionCheck=true"
        + "&startableInTasklist=true").json()).extracting(d -> d.path("key").asText())
        .contains("customer-project").doesNotContain("complaint-analysis");
    assertThat(as("yangjun").get("/engine-rest/process-definition?startablePermissionCheck=true"
        + "&startableInTasklist=true").json()).extracting(d -> d.path("key").asText())
        .contains("complaint-analysis").doesNotContain("complaint-analysis-monthly");
    Rest.Response reversed = as("yangjun").post("/engine-rest/process-definition/key/complaint-analysis/submit-form",
        vars("periodFrom", "2019-02-28", "periodTo", "2019-02-01"));
    assertThat(reversed.status()).as(reversed.body()).isEqualTo(400);
    assertThat(reversed.json().path("message").asText()).contains("不能晚于");

    Rest.Response started = as("yangjun").post("/engine-rest/process-definition/key/complaint-analysis/submit-form",
        vars("periodFrom", "2019-02-01", "periodTo", "2019-02-28"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    assertThat(started.json().path("businessKey").asText()).isEqualTo("ANA-2019-02");
    long reportId = as("yangjun").get("/engine-rest/process-instance/" + instance + "/variables/reportId").json()
        .path("value").asLong();

    JsonNode list = as("wuxia").get("/api/complaint-reports").json();
    JsonNode listed = find(list, reportId);
    assertThat(listed.path("periodFrom").asText()).isEqualTo("2019-02-01");
    assertThat(listed.path("periodTo").asText()).isEqualTo("2019-02-28");
    assertThat(listed.path("createdAt").asText()).isNotEmpty();
    assertThat(listed.path("recorded").asBoolean()).isFalse();

    // the manager's task shows the report, and the form refuses a department outside the list
    JsonNode tasks = as("yangjun").get("/engine-rest/task?processInstanceId=" + instance).json();
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("制定投诉改进措施");
    assertThat(as("yangjun").get("/engine-rest/task/" + taskId + "/localVariables/context").json()
        .path("value").asText()).contains("2019-02-01 至 2019-02-28").contains("投诉总数：3");
    Rest.Response foreignClaim = as("huangfang").post("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "huangfang"));
    assertThat(foreignClaim.status()).as(foreignClaim.body()).isEqualTo(403);
    assertThat(as("yangjun").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "yangjun")).status())
        .isEqualTo(204);
    assertThat(as("yangjun").post("/engine-rest/task/" + taskId + "/complete", vars("improvementMeasures", "整改",
        "responsibleDepartments", json("[\"宣传部\"]"))).status()).isEqualTo(400);
    Rest.Response done = as("yangjun").post("/engine-rest/task/" + taskId + "/complete", vars(
        "improvementMeasures", "技术部牵头排查产品缺陷，客服部两周内回访 \"全部\" 投诉客户",
        "responsibleDepartments", json("[\"技术部\",\"客服部\"]")));
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    JsonNode report = as("zhengkai").get("/api/complaint-reports/" + reportId).json();
    assertThat(report.path("figures").path("total").asLong()).isEqualTo(3);
    assertThat(report.path("figures").path("recurringCauses").get(0).path("cause").asText()).isEqualTo("product-defect");
    assertThat(report.path("improvementMeasures").asText()).startsWith("技术部牵头排查产品缺陷");
    assertThat(report.path("improvementDepartments").toString()).isEqualTo("[\"技术部\",\"客服部\"]");
    assertThat(report.path("recordedBy").asText()).isEqualTo("yangjun");
    assertThat(report.path("recordedAt").asText()).isNotEmpty();
    assertThat(report.path("processInstanceId").asText()).isEqualTo(instance);
    assertThat(find(as("maliang").get("/api/complaint-reports").json(), reportId).path("recorded").asBoolean()).isTrue();

    Raw csv = raw("maliang", "/api/complaint-reports/" + reportId + ".csv", null);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
    assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(csv.text()).startsWith("\uFEFF指标,值\r\n报告编号," + reportId + "\r\n")
        .contains("投诉总数,3\r\n").contains("重复发生的投诉原因：产品缺陷,2\r\n")
        .contains("改进措施,\"技术部牵头排查产品缺陷，客服部两周内回访 \"\"全部\"\" 投诉客户\"\r\n")
        .contains("改进责任部门,技术部、客服部\r\n").contains("改进措施记录人,yangjun\r\n");
    assertThat(raw("wuxia", "/api/complaint-reports/" + reportId + "?format=csv", null).text()).isEqualTo(csv.text());
    assertThat(raw("wuxia", "/api/complaint-reports/" + reportId, "text/csv").text()).isEqualTo(csv.text());
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private static JsonNode find(JsonNode list, long id) {
    for (JsonNode r : list) {
      if (r.path("id").asLong() == id) {
        return r;
      }
    }
    throw new AssertionError("report " + id + " not listed: " + list);
  }

  private static void assertProblem(Rest.Response r, int status, String parameter) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("detail").asText()).isNotBlank();
    if (parameter != null) {
      assertThat(r.json().path("parameter").asText()).isEqualTo(parameter);
      assertThat(r.json().path("detail").asText()).contains(parameter);
    }
  }

  record Raw(int status, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A GET with the given Accept header (none when null), keeping the body's bytes. */
  private Raw raw(String user, String path, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (accept != null) {
      b.header("Accept", accept);
    }
    try {
      HttpResponse<byte[]> r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Raw(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
