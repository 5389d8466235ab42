package com.crmflow.visit.process;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.TasklistBrowserTest;
import com.crmflow.testsupport.it.TasklistForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The owner records a return visit (客户定期回访: selects, a date, a number, an add-a-row list of issues) in the real
 * Tasklist in headless Chromium and completes it with Tasklist's own 完成. The form speaks Chinese throughout, also
 * where form-js brings its own texts: the selects' placeholder, the list's add button and the validation messages.
 */
@IntegrationTest
class ReturnVisitBrowserIT extends TasklistBrowserTest {

  ReturnVisitBrowserIT() {
    super("visit-browser-");
  }

  /** form-js' own English texts, none of which may show. */
  static final String[] FORM_JS_ENGLISH = {"Select", "Search", "Add new", "Collapse", "Expand all", "Field is required",
      "Field must", "Value is", "No results", "Nothing to show"};

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;

  String visitNumber;
  @Test
  void theOwnerRecordsAVisitWithTwoIssuesInTasklistInChineseAndCompletesItWithTasklistsOwnButton() {
    Task visitTask = visitDueFor("zhangwei");
    String number = visitNumber;

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    tasklist.logIn("zhangwei", "demo");
    tasklist.click(By.xpath("(//*[contains(@class,'tasks-list')]//*[normalize-space(.)='客户定期回访'])[1]"));
    TasklistForm form = TasklistForm.ofTask(tasklist).shown("回访方式");

    // the empty select says 请选择, not form-js' "Select"
    assertThat(form.formField("回访方式").findElement(By.cssSelector(".fjs-select-display")).getText().trim())
        .isEqualTo("请选择");

    // 完成 on the empty form: form-js marks the required fields in Chinese, the task stays open
    form.complete();
    wait.until(d -> !form.errors().isEmpty());
    assertThat(form.errors()).contains("此项为必填项。").allSatisfy(e -> assertThat(e).doesNotContainPattern("[A-Za-z]"));
    assertThat(taskService.createTaskQuery().taskId(visitTask.getId()).count()).isEqualTo(1);
    tasklist.guideScreenshot("return-visit-required-fields");
    // Tasklist's notice of the refused completion lies over 完成: close it, as a person would
    By notice = By.cssSelector(".page-notifications .alert");
    tasklist.click(By.cssSelector(".page-notifications .alert button.close[ng-click^='removeNotification']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(notice));

    form.choose("回访方式", "实地拜访");
    form.date("回访日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    form.fill("客户项目进展情况", "设备已安装调试完毕");
    form.fill("合作满意度", "9");
    wait.until(d -> form.errors().contains("不能大于 5。"));
    form.fill("合作满意度", "3");
    form.fill("客户意见和建议", "希望缩短维修响应时间");

    // two issues in the add-a-row list, the second row added with the list's own button (添加)
    form.check("客户提出需要改进的问题");
    WebElement issues = form.list("问题及责任部门");
    assertThat(issues.findElement(By.cssSelector(".fjs-repeat-render-add")).getText().trim()).isEqualTo("添加");
    form.ensureRows(issues, 2);
    form.chooseIn(issues, 0, "责任部门", "技术部");
    form.fillIn(issues, 0, "问题描述", "接口文档缺少错误码说明");
    form.chooseIn(issues, 1, "责任部门", null);
    form.fillIn(issues, 1, "问题描述", "培训资料需要更新");
    tasklist.screenshot("visit-browser-filled");
    tasklist.guideScreenshot("return-visit");

    // nothing of form-js' English anywhere in the form
    String shown = form.shownText();
    for (String english : FORM_JS_ENGLISH) {
      assertThat(shown).as("the form shows form-js' \"%s\"", english).doesNotContain(english);
    }
    assertThat(form.errors()).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".fjs-container button[type=submit], .fjs-form-field-button")))
        .as("buttons inside the form").isEmpty();

    form.complete();
    wait.withTimeout(Duration.ofSeconds(30))
        .until(d -> taskService.createTaskQuery().taskId(visitTask.getId()).count() == 0);

    JsonNode visit = Rest.as(port, "zhangwei", "demo").get("/api/visits/" + number).json();
    assertThat(visit.path("status").asText()).isEqualTo("DONE");
    assertThat(visit.path("satisfaction").asInt()).isEqualTo(3);
    assertThat(visit.path("improvements")).hasSize(2);
  }

  /** A customer of the owner whose quarterly visit is due today (crm-dept starts the cycle, the timer has fired). */
  private Task visitDueFor(String owner) {
    Customer c = new Customer();
    c.setName("回访浏览器测试客户" + UUID.randomUUID());
    c.setOwner(owner);
    c.setGrade("A");
    c.setCreatedAt(Instant.now().minus(Duration.ofDays(730)));
    Long customerId = customers.save(c).getId();
    Rest.Response started = Rest.as(port, "wuxia", "demo").post("/api/visits/cycles?customerId=" + customerId, Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String number = visitNumber = started.json().path("visitNumbers").get(0).asText();
    JsonNode visits = Rest.as(port, owner, "demo").get("/api/visits?customerId=" + customerId).json();
    String instanceId = visits.get(0).path("processInstanceId").asText();
    Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
    managementService.executeJob(timer.getId());
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(task.getName()).isEqualTo("客户定期回访");
    assertThat(task.getAssignee()).isEqualTo(owner);
    return task;
  }
}
