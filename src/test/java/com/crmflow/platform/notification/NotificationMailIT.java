package com.crmflow.platform.notification;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.EmbeddedPostgresConfiguration;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.TestDataKeyset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.crmflow.platform.notification.MailOutbox;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.notification.OutboxSender;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail notifications switched on, against GreenMail — a real SMTP server in this JVM — and embedded PostgreSQL.
 * Scheduling is off: each test runs the outbox sender itself, at the instants it chooses. Its own Spring context
 * (mail properties differ from {@link IntegrationTest}'s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "crm.scheduling.enabled=false",
    "crm.mail.enabled=true",
    "crm.mail.max-attempts=3",
    "spring.mail.host=127.0.0.1"})
@ActiveProfiles("demo")
@Import(EmbeddedPostgresConfiguration.class)
@org.springframework.test.context.ContextConfiguration(initializers = TestDataKeyset.class)
class NotificationMailIT {

  static final int SMTP_PORT = freePort();
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** Started before and stopped after each test; tests stop and restart it to play an SMTP outage. */
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;
  @Autowired com.crmflow.customer.domain.CustomerRepository customers;
  @Autowired OutboxSender sender;
  @Autowired MailOutbox outbox;
  @Autowired NotificationService notifications;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired ApplicationContext context;

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  @BeforeEach
  void emptyOutbox() {
    jdbc.update("DELETE FROM crm_mail_outbox");
  }

  @Test
  void schedulingIsOffSoOnlyTheTestsRunTheSender() {
    assertThat(context.containsBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)).isFalse();
  }

  @Test
  @Verifies({"P2.1", "P2.3"})
  void aComplaintIsAcknowledgedToTheCustomerAndItsBreachIsMailedToTheCsManagers() throws Exception {
    Long customerId = jdbc.queryForObject("SELECT MIN(id) FROM crm_customer", Long.class);
    Rest.Response created = as("huangfang").post("/api/complaints", Map.of("customerId", customerId,
        "channel", "email", "content", "账单金额与合同不符", "category", "billing", "severity", "high",
        "contactPreference", "email", "contactEmail", "kehu@example.com"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("complaintNumber").asText();
    String promised = ZonedDateTime.ofInstant(Instant.parse(created.json().path("promisedResponseBy").asText()), BEIJING)
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

    sender.sendDue();
    MimeMessage ack = received("kehu@example.com");
    assertThat(ack.getSubject()).isEqualTo("您的投诉 " + number + " 已受理");
    assertThat(ack.getContent().toString()).contains("我们承诺在 " + promised + " 前给予答复");

    // the initial response is not given in time: the breach timer fires (run here instead of the job executor)
    String pi = created.json().path("processInstanceId").asText();
    var breach = managementService.createJobQuery().processInstanceId(pi).activityId("Timer_InitialResponseLevel1")
        .singleResult();
    managementService.executeJob(breach.getId());
    sender.sendDue();
    MimeMessage escalation = received("yangjun@example.com");
    assertThat(escalation.getSubject()).isEqualTo("投诉超时升级：" + number);
    assertThat(escalation.getContent().toString()).contains("首次响应时限已于 " + promised + " 到期", "一级（客户服务经理）");
    assertThat(java.util.Arrays.stream(greenMail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    })).as("the supervision task is mailed to the group too").contains("待认领任务：督办超时投诉");
  }

  private MimeMessage received(String recipient) throws Exception {
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
        return m;
      }
    }
    throw new AssertionError("no mail to " + recipient);
  }

  @Test
  void startingAProjectMailsTheNextTasksAssigneeInChinese() throws Exception {
    Rest.Response created = as("zhangwei").post("/api/projects", Map.of("customerId",
        Long.valueOf(com.crmflow.testsupport.it.ArchiveCustomers.id(customers, "东方航运集团", "zhangwei")),
        "title", "客户门户改版", "details", "改版客户自助门户", "complexity", "normal"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("projectNumber").asText();
    JsonNode task = as("zhangwei").get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0);
    assertThat(task.path("assignee").asText()).isEqualTo("zhangwei");

    // queued with the project, in its transaction; nothing is sent before the sender runs
    List<Map<String, Object>> rows = outboxRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("recipient", "zhangwei@example.com")
        .containsEntry("template", "task-assigned").containsEntry("status", "PENDING");
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("zhangwei@example.com");
    InternetAddress from = (InternetAddress) mail.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("noreply@example.com");
    assertThat(from.getPersonal()).isEqualTo("客户关系管理系统");
    assertThat(mail.getSubject()).isEqualTo("新任务：签署《客户需求沟通记录》");
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat((String) mail.getContent()).contains("您有一项新的待办任务", "任务：签署《客户需求沟通记录》",
        "流程：客户项目执行", "业务编号：" + number, "到期时间：无",
        "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.path("id").asText());

    Map<String, Object> sent = outboxRows().get(0);
    assertThat(sent).containsEntry("status", "SENT").containsEntry("attempts", 1);
    assertThat(sent.get("sent_at")).isNotNull();
    assertThat(sender.sendDue()).as("a sent message is not sent again").isZero();
  }

  @Test
  void anUnassignedTaskIsMailedToItsCandidateGroupAndAReassignmentToTheNewAssignee() throws Exception {
    repositoryService.createDeployment().name("mail-test")
        .addModelInstance("mail-test.bpmn", Bpmn.createExecutableProcess("mail-test").name("邮件通知测试")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Group").name("测试组任务").camundaCandidateGroups("cs-manager").camundaDueDate("${due}")
            .endEvent()
            .done())
        .deploy();
    Date due = Date.from(ZonedDateTime.of(2026, 12, 31, 9, 30, 0, 0, BEIJING).toInstant());
    String instance = runtimeService.startProcessInstanceByKey("mail-test", "MAIL-TEST-1",
        Variables.createVariables().putValue("due", due)).getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("yangjun@example.com");
    assertThat(mail.getSubject()).isEqualTo("待认领任务：测试组任务");
    assertThat((String) mail.getContent()).contains("您所在的组（客户服务经理）有一项待认领的任务",
        "流程：邮件通知测试", "业务编号：MAIL-TEST-1", "到期时间：2026-12-31 09:30", "#/?task=" + taskId);

    // claiming it oneself mails nobody
    Rest.Response claimed = as("yangjun").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "yangjun"));
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    assertThat(outboxRows()).hasSize(1);

    // an administrator hands it to someone else: the new assignee is told
    Rest.Response assigned = Rest.as(port, "admin", "admin").post("/engine-rest/task/" + taskId + "/assignee",
        Map.of("userId", "huangfang"));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);
    List<Map<String, Object>> rows = outboxRows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsEntry("recipient", "huangfang@example.com")
        .containsEntry("template", "task-assigned").containsEntry("subject", "新任务：测试组任务");
  }

  @Test
  void whileTheMailServerIsDownAMessageStaysPendingWithBackoffAndIsDeliveredWhenItIsBack() throws Exception {
    tx.executeWithoutResult(s -> notifications.toAddress("chen@example.com", "complaint-acknowledgement",
        Map.of("customerName", "陈先生", "complaintNumber", "TS-2026-0007",
            "promisedAt", OffsetDateTime.of(2026, 12, 3, 17, 0, 0, 0, ZoneOffset.ofHours(8)))));
    greenMail.stop();

    Instant t0 = Instant.now();
    assertThat(sender.sendDue(t0)).isZero();
    Map<String, Object> row = outboxRows().get(0);
    assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1);
    assertThat((String) row.get("last_error")).contains("Mail server connection failed");
    assertThat(instant(row, "next_attempt_at")).isCloseTo(t0.plus(1, ChronoUnit.MINUTES), within(1, ChronoUnit.SECONDS));
    assertThat(row.get("claimed_by")).isNull();

    greenMail.start();
    assertThat(sender.sendDue(t0.plusSeconds(30))).as("not due before the backoff has passed").isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    assertThat(sender.sendDue(t0.plus(2, ChronoUnit.MINUTES))).isEqualTo(1);
    assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("chen@example.com");
    assertThat(mail.getSubject()).isEqualTo("您的投诉 TS-2026-0007 已受理");
    assertThat((String) mail.getContent()).contains("尊敬的陈先生：",
        "您的投诉 TS-2026-0007 已受理，我们承诺在 2026-12-03 17:00 前给予答复");
    assertThat(outboxRows().get(0)).containsEntry("status", "SENT").containsEntry("attempts", 2);
  }

  @Test
  void afterTheLastAttemptAMessageIsFailedListedForManagersAndCanBeSentAgain() throws Exception {
    tx.executeWithoutResult(s -> notifications.toUser("huangfang", "deadline-warning", Map.of(
        "complaintNumber", "TS-2026-0008", "deadlineName", "首次响应时限", "customerName", "华东建设集团",
        "severity", "高", "taskName", "初步响应客户", "dueAt", OffsetDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.ofHours(8)))));
    greenMail.stop();

    Instant t = Instant.now();
    assertThat(sender.sendDue(t)).isZero();
    assertThat(instant(outboxRows().get(0), "next_attempt_at")).isCloseTo(t.plus(1, ChronoUnit.MINUTES),
        within(1, ChronoUnit.SECONDS));
    t = t.plus(90, ChronoUnit.SECONDS);
    assertThat(sender.sendDue(t)).isZero();
    assertThat(instant(outboxRows().get(0), "next_attempt_at")).as("exponential backoff")
        .isCloseTo(t.plus(2, ChronoUnit.MINUTES), within(1, ChronoUnit.SECONDS));
    t = t.plus(3, ChronoUnit.MINUTES);
    assertThat(sender.sendDue(t)).isZero();

    Map<String, Object> row = outboxRows().get(0);
    assertThat(row).containsEntry("status", "FAILED").containsEntry("attempts", 3);
    assertThat((String) row.get("last_error")).isNotBlank();
    long id = ((Number) row.get("id")).longValue();
    assertThat(sender.sendDue(t.plus(1, ChronoUnit.DAYS))).as("FAILED is not retried by itself").isZero();

    // the customer-service manager sees it, without the body; account managers may not look
    Rest.Response failed = as("yangjun").get("/api/notifications?status=FAILED");
    assertThat(failed.status()).as(failed.body()).isEqualTo(200);
    assertThat(failed.json().path("total").asLong()).isEqualTo(1);
    JsonNode item = failed.json().path("items").get(0);
    assertThat(item.path("id").asLong()).isEqualTo(id);
    assertThat(item.path("recipient").asText()).isEqualTo("huangfang@example.com");
    assertThat(item.path("subject").asText()).isEqualTo("时限预警：投诉 TS-2026-0008 的首次响应时限将于 2026-12-04 12:00 到期");
    assertThat(item.path("status").asText()).isEqualTo("FAILED");
    assertThat(item.path("attempts").asInt()).isEqualTo(3);
    assertThat(item.path("lastError").asText()).isNotBlank();
    assertThat(item.has("body")).isFalse();
    assertThat(as("yangjun").get("/api/notifications?status=PENDING").json().path("total").asLong()).isZero();

    Rest.Response forbidden = as("zhangwei").get("/api/notifications?status=FAILED");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.contentType()).startsWith("application/problem+json");
    assertThat(as("zhangwei").post("/api/notifications/" + id + "/retry", Map.of()).status()).isEqualTo(403);
    assertThat(as("yangjun").get("/api/notifications?status=LOST").status()).isEqualTo(400);
    assertThat(as("yangjun").post("/api/notifications/999999/retry", Map.of()).status()).isEqualTo(404);

    // sent again on request, once the server is back
    Rest.Response retried = Rest.as(port, "admin", "admin").post("/api/notifications/" + id + "/retry", Map.of());
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(retried.json().path("status").asText()).isEqualTo("PENDING");
    assertThat(retried.json().path("attempts").asInt()).isZero();
    assertThat(as("yangjun").post("/api/notifications/" + id + "/retry", Map.of()).status())
        .as("only FAILED messages are retried").isEqualTo(400);

    greenMail.start();
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage mail = greenMail.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("huangfang@example.com");
    assertThat(mail.getSubject()).isEqualTo("时限预警：投诉 TS-2026-0008 的首次响应时限将于 2026-12-04 12:00 到期");
    assertThat(as("yangjun").get("/api/notifications?status=SENT").json().path("items").get(0).path("id").asLong())
        .isEqualTo(id);
  }

  @Test
  void aRolledBackStepMailsNobody() {
    tx.executeWithoutResult(s -> {
      notifications.toUser("yangjun", "deadline-escalation", Map.of("complaintNumber", "TS-2026-0010",
          "deadlineName", "结果反馈时限", "dueAt", "2026-12-06 18:00",
          "customerName", "华东建设集团", "severity", "中", "level", "一级（客户服务经理）"));
      assertThat(outboxRows()).as("queued in the caller's transaction").hasSize(1);
      s.setRollbackOnly();
    });
    assertThat(outboxRows()).isEmpty();
  }

  @Test
  void aMessageClaimedByAnotherNodeIsLeftAloneUntilTheClaimIsStale() throws Exception {
    tx.executeWithoutResult(s -> notifications.toAddress("wang@example.com", "complaint-acknowledgement",
        Map.of("customerName", "王女士", "complaintNumber", "TS-2026-0009", "promisedAt", "2026-12-05 18:00")));
    long id = ((Number) outboxRows().get(0).get("id")).longValue();
    Instant now = Instant.now();
    Instant staleBefore = now.minus(5, ChronoUnit.MINUTES); // crm.mail.claim-timeout

    // two nodes race for the row: one conditional UPDATE wins, the other claims nothing
    assertThat(outbox.claim(id, "node-a", now, staleBefore)).isPresent();
    assertThat(outbox.claim(id, "node-b", now, staleBefore)).isEmpty();
    assertThat(sender.sendDue(now.plusSeconds(10))).as("this node does not send node-a's message").isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    // node-a died: after the claim timeout this node takes the message over and sends it
    assertThat(sender.sendDue(now.plus(6, ChronoUnit.MINUTES))).isEqualTo(1);
    assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
    Map<String, Object> row = outboxRows().get(0);
    assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
    assertThat(row.get("claimed_by")).isNull();
    // node-a's late result changes nothing: the row is no longer its claim
    outbox.markRetry(id, "node-a", 1, "late failure", now);
    assertThat(outboxRows().get(0)).containsEntry("status", "SENT").containsEntry("last_error", null);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private List<Map<String, Object>> outboxRows() {
    return jdbc.queryForList("SELECT * FROM crm_mail_outbox ORDER BY id");
  }

  private static Instant instant(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    throw new IllegalStateException(column + " is " + value);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
