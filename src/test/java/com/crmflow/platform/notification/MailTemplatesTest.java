package com.crmflow.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.notification.NotificationProperties.Backoff;
import com.crmflow.platform.notification.NotificationProperties.MailTemplate;
import com.crmflow.testsupport.BeijingTime;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.FileSystemResource;

/** The shipped templates of config/mail-templates.yaml and the rendering rules. */
class MailTemplatesTest {

  static MailTemplates templates;

  @BeforeAll
  static void loadShippedTemplates() throws IOException {
    MutablePropertySources sources = new MutablePropertySources();
    new YamlPropertySourceLoader().load("mail-templates", new FileSystemResource("config/mail-templates.yaml"))
        .forEach(sources::addLast);
    Map<String, MailTemplate> bound = new Binder(ConfigurationPropertySources.from(sources))
        .bind("crm.mail.templates", Bindable.mapOf(String.class, MailTemplate.class)).get();
    templates = new MailTemplates(bound, BeijingTime.BEIJING);
  }

  static Map<String, Object> taskParams() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("taskId", "t-1");
    p.put("taskName", "签署《客户需求沟通记录》");
    p.put("processName", "客户项目执行");
    p.put("businessKey", "PRJ-2026-0001");
    p.put("dueDate", "无");
    p.put("link", "http://localhost:8080/camunda/app/tasklist/default/#/?task=t-1");
    p.put("groupName", "客户经理");
    return p;
  }

  @Test
  void taskAssignedNamesTheTaskAndLinksToTasklist() {
    MailTemplates.Rendered mail = templates.render("task-assigned", taskParams());
    assertThat(mail.subject()).isEqualTo("新任务：签署《客户需求沟通记录》");
    assertThat(mail.body()).contains("您有一项新的待办任务", "流程：客户项目执行", "业务编号：PRJ-2026-0001",
        "到期时间：无", "#/?task=t-1").doesNotContain("${");
  }

  @Test
  void taskForGroupNamesTheGroup() {
    MailTemplates.Rendered mail = templates.render("task-for-group", taskParams());
    assertThat(mail.subject()).isEqualTo("待认领任务：签署《客户需求沟通记录》");
    assertThat(mail.body()).contains("您所在的组（客户经理）有一项待认领的任务").doesNotContain("${");
  }

  @Test
  void complaintTemplatesRenderWithTheirDocumentedParametersAndBeijingTime() {
    OffsetDateTime dueUtc = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC); // 17:00 in Beijing
    Map<String, Object> deadline = Map.of("complaintNumber", "TS-2026-0001", "deadlineName", "初步响应", "dueAt", dueUtc,
        "customerName", "华东建设集团", "severity", "高", "taskName", "初步响应客户", "level", "一级（客户服务经理）");
    assertThat(templates.render("deadline-warning", deadline).subject())
        .isEqualTo("时限预警：投诉 TS-2026-0001 的初步响应将于 2026-12-03 17:00 到期");
    MailTemplates.Rendered escalation = templates.render("deadline-escalation", deadline);
    assertThat(escalation.subject()).isEqualTo("投诉超时升级：TS-2026-0001");
    assertThat(escalation.body()).contains("投诉 TS-2026-0001（客户：华东建设集团，严重程度：高）的初步响应已于 2026-12-03 17:00 到期",
        "升级级别：一级（客户服务经理）");
    assertThat(templates.render("deadline-warning", deadline).body()).contains("当前任务：初步响应客户");

    MailTemplates.Rendered ack = templates.render("complaint-acknowledgement", Map.of("customerName", "陈先生",
        "complaintNumber", "TS-2026-0001", "promisedAt", Date.from(dueUtc.toInstant())));
    assertThat(ack.subject()).isEqualTo("您的投诉 TS-2026-0001 已受理");
    assertThat(ack.body()).startsWith("尊敬的陈先生：")
        .contains("您的投诉 TS-2026-0001 已受理，我们承诺在 2026-12-03 17:00 前给予答复");
  }

  @Test
  void anUnknownPlaceholderFailsNamingItAndTheTemplate() {
    Map<String, Object> params = Map.of("complaintNumber", "TS-2026-0001", "deadlineName", "初步响应");
    assertThatThrownBy(() -> templates.render("deadline-warning", params))
        .isInstanceOf(MailTemplateException.class)
        .hasMessageContaining("'deadline-warning'")
        .hasMessageContaining("${dueAt}")
        .hasMessageContaining("[complaintNumber, deadlineName]");
  }

  @Test
  void anUnknownTemplateFailsListingTheConfiguredOnes() {
    assertThatThrownBy(() -> templates.render("task-asigned", taskParams()))
        .isInstanceOf(MailTemplateException.class)
        .hasMessageContaining("'task-asigned'")
        .hasMessageContaining("task-assigned");
  }

  @Test
  void valuesAreInsertedLiterallyAndSubjectsStayOnOneLine() {
    Map<String, Object> params = taskParams();
    params.put("taskName", "客户说：${businessKey}\r\n第二行");
    MailTemplates.Rendered mail = templates.render("task-assigned", params);
    assertThat(mail.subject()).isEqualTo("新任务：客户说：${businessKey} 第二行");
    assertThat(mail.body()).contains("任务：客户说：${businessKey}\r\n第二行");
  }

  @Test
  void nullValuesAreEmptyAndDatesAreFormatted() {
    MailTemplates t = new MailTemplates(withExtra("x", new MailTemplate("[${a}]", "${b}|${c}")), BeijingTime.BEIJING);
    Map<String, Object> params = new HashMap<>();
    params.put("a", null);
    params.put("b", LocalDate.of(2026, 5, 1));
    params.put("c", 42);
    MailTemplates.Rendered mail = t.render("x", params);
    assertThat(mail.subject()).isEqualTo("[]");
    assertThat(mail.body()).isEqualTo("2026-05-01|42");
  }

  @Test
  void theApplicationNeedsAllFiveTemplates() {
    Map<String, MailTemplate> incomplete = withExtra("x", new MailTemplate("s", "b"));
    incomplete.remove("deadline-escalation");
    incomplete.put("task-assigned", new MailTemplate("新任务", " "));
    assertThatThrownBy(() -> new MailTemplates(incomplete, BeijingTime.BEIJING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("deadline-escalation is missing")
        .hasMessageContaining("task-assigned needs a subject and a body");
  }

  @Test
  void backoffGrowsExponentiallyUpToItsMaximum() {
    Backoff backoff = new Backoff(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10));
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.delayAfter(60)).isEqualTo(Duration.ofMinutes(10));
  }

  private static Map<String, MailTemplate> withExtra(String name, MailTemplate extra) {
    Map<String, MailTemplate> all = new HashMap<>();
    for (String required : MailTemplates.REQUIRED) {
      all.put(required, new MailTemplate("s", "b"));
    }
    all.put(name, extra);
    return all;
  }
}
