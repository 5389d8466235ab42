package com.crmflow.platform.notification;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.notification.MailTemplateException;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.notification.OutboxSender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail is off by default: tasks work as before, nothing is queued, nothing is sent. */
@IntegrationTest
class NotificationsOffIT {

  @LocalServerPort int port;
  @Autowired com.crmflow.customer.domain.CustomerRepository customers;
  @Autowired NotificationService notifications;
  @Autowired OutboxSender sender;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void withMailOffNothingIsQueuedButTemplateNamesAreStillChecked() {
    long before = count();
    Rest.Response created = Rest.as(port, "lina", "demo").post("/api/projects", Map.of("customerId",
        Long.valueOf(com.crmflow.testsupport.it.ArchiveCustomers.id(customers, "南方电网客户中心", "lina")),
        "title", "工单系统对接", "details", "对接客户工单系统", "complexity", "normal"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().path("projectNumber").asText();
    assertThat(Rest.as(port, "lina", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + number).json())
        .hasSize(1);

    tx.executeWithoutResult(s -> {
      notifications.toUser("lina", "task-assigned", Map.of());
      notifications.toGroup("cs-manager", "task-for-group", Map.of());
      notifications.toAddress("someone@example.com", "complaint-acknowledgement", Map.of());
    });
    assertThat(count()).isEqualTo(before);
    assertThat(sender.sendDue()).isZero();
    assertThatThrownBy(() -> notifications.toUser("lina", "no-such-template", Map.of()))
        .isInstanceOf(MailTemplateException.class).hasMessageContaining("no-such-template");
  }

  private long count() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM crm_mail_outbox", Long.class);
    return n == null ? 0 : n;
  }
}
