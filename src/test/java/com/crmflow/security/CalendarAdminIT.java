package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintDeadlineRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.EmbeddedPostgresConfiguration;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.TestDataKeyset;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.calendar.WorkingCalendarCheck;
import com.crmflow.platform.calendar.WorkingCalendarHealthIndicator;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 8 point 15, through the real HTTP stack on PostgreSQL: the working calendar maintained by administrators
 * (holidays and 调休 without a redeploy), audited, moving waiting deadlines and their timer jobs; refused for
 * everyone else and for bad input with nothing changed; the uncovered year named in the health details; the
 * maintenance task and mail from 60 days before an uncovered year.
 *
 * <p>Own context: complaint response deadlines run in working time here ({@code working-time: true}), mails are
 * queued, scheduling is off (the test runs the daily check at the instants it chooses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "crm.scheduling.enabled=false",
    "crm.mail.enabled=true",
    "spring.mail.host=127.0.0.1",
    "crm.complaint.initial-response.working-time=true"})
@ActiveProfiles("demo")
@Import(EmbeddedPostgresConfiguration.class)
@ContextConfiguration(initializers = TestDataKeyset.class)
class CalendarAdminIT {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final String KEEPER_MAIL = "calendar-keeper@example.com";

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintDeadlineRepository deadlines;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired WorkingCalendar calendar;
  @Autowired WorkingCalendarCheck check;
  @Autowired WorkingCalendarHealthIndicator health;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void administratorWithMail() {
    if (identityService.createUserQuery().userId("calendar-keeper").count() == 0) {
      User u = identityService.newUser("calendar-keeper");
      u.setFirstName("日历管理员");
      u.setEmail(KEEPER_MAIL);
      identityService.saveUser(u);
      identityService.createMembership("calendar-keeper", "camunda-admin");
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void clock(String beijingLocal) {
    ClockUtil.setCurrentTime(java.util.Date.from(instant(beijingLocal)));
  }

  static Instant instant(String beijingLocal) {
    return LocalDateTime.parse(beijingLocal).atZone(BEIJING).toInstant();
  }

  Rest admin() {
    return Rest.as(port, "admin", "admin");
  }

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  /** DELETE is not in the shared test client. */
  Rest.Response delete(String user, String password, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE()
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return new Rest.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
        r.headers());
  }

  /** A high-severity complaint (2 h of working time to respond) received Thursday 3 Dec 2026, 23:00. */
  Complaint complaintReceivedThursdayNight() {
    clock("2026-12-03T23:00");
    Customer c = new Customer();
    c.setName("日历测试客户" + UUID.randomUUID());
    c.setOwner("lina");
    c.setCreatedAt(Instant.now());
    Long customerId = customers.save(c).getId();
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customerId);
    body.put("channel", "phone");
    body.put("content", "周四深夜来电：设备无法启动");
    body.put("category", "delivery");
    body.put("severity", "high");
    body.put("contactPreference", "phone");
    body.put("contactName", "王先生");
    body.put("contactPhone", "13800000000");
    Rest.Response r = as("huangfang").post("/api/complaints", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return complaints.findByComplaintNumber(r.json().path("complaintNumber").asText()).orElseThrow();
  }

  ComplaintDeadline responseDeadline(Complaint c) {
    return deadlines.findFirstByComplaintIdAndKindOrderByRoundNoDesc(c.getId(), ComplaintDeadline.INITIAL_RESPONSE)
        .orElseThrow();
  }

  /** The waiting timer jobs of the instance: boundary event id → due instant. */
  Map<String, Instant> timers(Complaint c) {
    Map<String, Instant> due = new TreeMap<>();
    for (Job job : managementService.createJobQuery().processInstanceId(c.getProcessInstanceId()).timers().list()) {
      String activity = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
          .singleResult().getActivityId();
      due.put(activity, job.getDuedate().toInstant());
    }
    return due;
  }

  Instant taskDue(Complaint c) {
    return taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId()).singleResult().getDueDate()
        .toInstant();
  }

  int calendarAuditEntries() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM crm_audit_log WHERE entity_type = 'WorkingCalendar'",
        Integer.class);
  }

  List<String> calendarRows() {
    return jdbc.queryForList("SELECT calendar_date || ' ' || kind || ' ' || COALESCE(name, '-') FROM crm_calendar_day"
        + " ORDER BY calendar_date", String.class);
  }

  List<String> fields(Rest.Response r) {
    List<String> f = new ArrayList<>();
    r.json().path("fields").forEach(n -> f.add(n.asText()));
    return f;
  }

  // ------------------------------------------------------------------------------------------------------------

  @Test
  @Verifies("X.3")
  void anAdministratorAddsAHolidayAndTheWaitingComplaintDeadlineMovesWithItsTimerJobs() throws Exception {
    Complaint c = complaintReceivedThursdayNight();
    ComplaintDeadline before = responseDeadline(c);
    // 1 h on Thursday, 1 h on Friday 4 Dec: due Friday 01:00; warning at 75 % (1.5 h), second level at 4 h
    assertThat(before.getDueAt()).isEqualTo(instant("2026-12-04T01:00"));
    assertThat(timers(c)).containsEntry("Timer_InitialResponseWarning", instant("2026-12-04T00:30"))
        .containsEntry("Timer_InitialResponseLevel1", instant("2026-12-04T01:00"))
        .containsEntry("Timer_InitialResponseLevel2", instant("2026-12-04T03:00"));
    int audited = calendarAuditEntries();

    Rest.Response r = admin().put("/api/admin/calendar/days/2026-12-04", Map.of("kind", "HOLIDAY", "name", "公司特别假日"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("recomputed").toString()).contains(c.getComplaintNumber());

    // Friday is now a rest day: the remaining hour runs on Monday 7 Dec — row, timer jobs and the task's due date
    ComplaintDeadline after = responseDeadline(c);
    assertThat(after.getStartedAt()).isEqualTo(before.getStartedAt());
    assertThat(after.getDueAt()).isEqualTo(instant("2026-12-07T01:00"));
    assertThat(after.getWarnAt()).isEqualTo(instant("2026-12-07T00:30"));
    assertThat(after.getEscalateAt()).isEqualTo(instant("2026-12-07T03:00"));
    assertThat(timers(c)).containsEntry("Timer_InitialResponseWarning", instant("2026-12-07T00:30"))
        .containsEntry("Timer_InitialResponseLevel1", instant("2026-12-07T01:00"))
        .containsEntry("Timer_InitialResponseLevel2", instant("2026-12-07T03:00"));
    assertThat(taskDue(c)).isEqualTo(instant("2026-12-07T01:00"));
    assertThat(calendar.isWorkingDay(java.time.LocalDate.parse("2026-12-04"))).isFalse();

    // audited: who and what
    assertThat(calendarAuditEntries()).isEqualTo(audited + 1);
    JsonNode entry = admin().get("/api/audit?entityType=WorkingCalendar&entityId=2026-12-04").json().path("items").get(0);
    assertThat(entry.path("actor").asText()).isEqualTo("admin");
    assertThat(entry.path("action").asText()).isEqualTo("CREATE");
    assertThat(entry.path("details").asText()).contains("HOLIDAY").contains("公司特别假日").contains("2026-12-04");
    JsonNode year = admin().get("/api/admin/calendar/years/2026").json();
    assertThat(year.path("days").toString()).contains("\"date\":\"2026-12-04\"").contains("公司特别假日");

    // removed again: everything moves back, also audited
    Rest.Response removed = delete("admin", "admin", "/api/admin/calendar/days/2026-12-04");
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(responseDeadline(c).getDueAt()).isEqualTo(instant("2026-12-04T01:00"));
    assertThat(timers(c)).containsEntry("Timer_InitialResponseLevel1", instant("2026-12-04T01:00"));
    assertThat(taskDue(c)).isEqualTo(instant("2026-12-04T01:00"));
    assertThat(calendarAuditEntries()).isEqualTo(audited + 2);
    assertThat(admin().get("/api/audit?entityType=WorkingCalendar&entityId=2026-12-04").json().path("items").get(0)
        .path("action").asText()).isEqualTo("DELETE");
  }

  @Test
  @Verifies("X.3")
  void nobodyButAnAdministratorMaySeeOrChangeTheCalendarAndNothingChanges() throws Exception {
    Complaint c = complaintReceivedThursdayNight();
    Instant due = responseDeadline(c).getDueAt();
    Map<String, Instant> jobs = timers(c);
    List<String> rows = calendarRows();
    int audited = calendarAuditEntries();

    for (String user : List.of("zhangwei", "wuxia", "huangfang", "maliang", "yangjun")) {
      assertThat(as(user).put("/api/admin/calendar/days/2026-12-04", Map.of("kind", "HOLIDAY")).status())
          .as(user + " adds a holiday").isEqualTo(403);
      assertThat(as(user).put("/api/admin/calendar/years/2027",
          Map.of("days", List.of(Map.of("date", "2027-01-01", "kind", "HOLIDAY")))).status())
          .as(user + " imports a year").isEqualTo(403);
      assertThat(delete(user, "demo", "/api/admin/calendar/days/2026-10-01").status()).as(user + " removes National Day")
          .isEqualTo(403);
      assertThat(as(user).get("/api/admin/calendar").status()).as(user + " reads the coverage").isEqualTo(403);
      assertThat(as(user).get("/api/admin/calendar/years/2026").status()).as(user + " reads a year").isEqualTo(403);
    }
    assertThat(Rest.anonymous(port).put("/api/admin/calendar/days/2026-12-04", Map.of("kind", "HOLIDAY")).status())
        .isEqualTo(401);

    assertThat(calendarRows()).isEqualTo(rows);
    assertThat(calendarAuditEntries()).isEqualTo(audited);
    assertThat(responseDeadline(c).getDueAt()).isEqualTo(due);
    assertThat(timers(c)).isEqualTo(jobs);
    assertThat(calendar.isWorkingDay(java.time.LocalDate.parse("2026-12-04"))).isTrue();
    assertThat(calendar.isWorkingDay(java.time.LocalDate.parse("2026-10-01"))).isFalse();
    assertThat(calendar.covers(2027)).isFalse();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsHalfWritten() throws Exception {
    List<String> rows = calendarRows();
    int audited = calendarAuditEntries();
    Map<String, Object> newYear = Map.of("date", "2027-01-01", "kind", "HOLIDAY", "name", "元旦");

    Map<String, Map<String, Object>> imports = Map.of(
        "days[1].date", Map.of("days", List.of(newYear, Map.of("date", "2027-01-01", "kind", "HOLIDAY"))),
        "days[1].kind", Map.of("days", List.of(newYear, Map.of("date", "2027-02-06", "kind", "FEIERTAG"))),
        "days[2].date", Map.of("days", List.of(newYear, Map.of("date", "2027-02-06", "kind", "WORKDAY"),
            Map.of("date", "2028-01-01", "kind", "HOLIDAY"))),
        "days[0].name", Map.of("days", List.of(Map.of("date", "2027-01-01", "kind", "HOLIDAY", "name", "元旦\u0000"))),
        "days", Map.of("days", List.of()));
    for (var e : imports.entrySet()) {
      Rest.Response r = admin().put("/api/admin/calendar/years/2027", e.getValue());
      assertThat(r.status()).as(e.getKey() + ": " + r.body()).isEqualTo(400);
      assertThat(fields(r)).as(r.body()).containsExactly(e.getKey());
    }
    Map<String, Rest.Response> others = new TreeMap<>();
    others.put("year 1999", admin().put("/api/admin/calendar/years/1999", Map.of("days", List.of(newYear))));
    others.put("year abcd", admin().put("/api/admin/calendar/years/abcd", Map.of("days", List.of(newYear))));
    others.put("date uncovered year", admin().put("/api/admin/calendar/days/2027-01-01", Map.of("kind", "HOLIDAY")));
    others.put("date invalid", admin().put("/api/admin/calendar/days/2026-13-01", Map.of("kind", "HOLIDAY")));
    others.put("kind Monday workday", admin().put("/api/admin/calendar/days/2026-12-07", Map.of("kind", "WORKDAY")));
    others.put("kind missing", admin().put("/api/admin/calendar/days/2026-12-07", Map.of("name", "无类型")));
    for (var e : others.entrySet()) {
      assertThat(e.getValue().status()).as(e.getKey() + ": " + e.getValue().body()).isEqualTo(400);
      assertThat(fields(e.getValue())).as(e.getKey()).containsExactly(e.getKey().split(" ")[0]);
    }
    assertThat(delete("admin", "admin", "/api/admin/calendar/days/2026-12-08").status()).as("not in the calendar")
        .isEqualTo(404);

    assertThat(calendarRows()).isEqualTo(rows);
    assertThat(calendarAuditEntries()).isEqualTo(audited);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_calendar_year WHERE calendar_year = 2027", Integer.class))
        .isZero();
    assertThat(calendar.covers(2027)).isFalse();
    assertThat(admin().get("/api/admin/calendar/years/2027").json().path("covered").asBoolean()).isFalse();
  }

  @Test
  @Verifies("X.3")
  void theHealthDetailNamesTheUncoveredYearForAdministratorsOnly() {
    clock("2026-11-29T10:00");
    Health h = health.health();
    assertThat(h.getStatus()).as("a missing next year must not take the application DOWN").isEqualTo(Status.UP);
    assertThat(h.getDetails()).containsEntry("uncoveredYear", 2027).containsEntry("daysUntilUncoveredYear", 33L)
        .containsEntry("attentionNeeded", true);
    assertThat(h.getDetails().get("coveredYears").toString()).isEqualTo("[2026]");

    JsonNode coverage = admin().get("/api/admin/calendar").json();
    assertThat(coverage.path("uncoveredYear").asInt()).isEqualTo(2027);
    assertThat(coverage.path("coveredYears").toString()).isEqualTo("[2026]");

    Rest.Response anonymous = Rest.anonymous(port).get("/actuator/health");
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.body()).doesNotContain("2027").doesNotContain("coveredYears");
  }

  @Test
  @Verifies("X.3")
  void sixtyDaysBeforeAnUncoveredYearAdministratorsGetOneTaskAndOneMail() {
    assertThat(calendar.covers(2027)).isFalse();
    clock("2026-11-01T07:00");
    assertThat(check.check(ClockUtil.getCurrentTime().toInstant())).as("61 days before").isEmpty();

    clock("2026-11-02T07:00");
    ProcessInstance pi = check.check(ClockUtil.getCurrentTime().toInstant()).orElseThrow();
    try {
      clock("2026-11-03T07:00");
      check.check(ClockUtil.getCurrentTime().toInstant());
      assertThat(runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(WorkingCalendarCheck.PROCESS_KEY).count()).as("one open task, not one per day").isOne();

      // the administrator sees the task in Tasklist's API, an ordinary user does not
      JsonNode adminTasks = admin().get("/engine-rest/task?processInstanceId=" + pi.getId()).json();
      assertThat(adminTasks.size()).isOne();
      assertThat(adminTasks.get(0).path("name").asText()).isEqualTo("维护下一年度工作日历");
      assertThat(as("zhangwei").get("/engine-rest/task?processInstanceId=" + pi.getId()).json().size()).isZero();

      List<Map<String, Object>> mails = jdbc.queryForList("SELECT subject, body FROM crm_mail_outbox WHERE template = ?"
          + " AND recipient = ?", WorkingCalendarCheck.TEMPLATE, KEEPER_MAIL);
      assertThat(mails).hasSize(1);
      assertThat(mails.get(0).get("subject")).isEqualTo("请维护 2027 年工作日历（60 天后开始）");
      assertThat(mails.get(0).get("body").toString()).contains("PUT /api/admin/calendar/years/2027");
    } finally {
      runtimeService.deleteProcessInstance(pi.getId(), "test cleanup");
    }
  }
}
