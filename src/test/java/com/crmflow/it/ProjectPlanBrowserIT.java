package com.crmflow.it;

import static com.crmflow.it.CustomerProjectRestIT.json;
import static com.crmflow.it.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project lead completes 制定项目执行方案 (dynamic lists of milestones and risks) and, for a confirmed plan,
 * 分配执行任务 (dynamic list of tasks) in the real Tasklist in headless Chromium, adding list rows with the lists'
 * own add buttons.
 */
@IntegrationTest
class ProjectPlanBrowserIT {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  HeadlessTasklist tasklist;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    tasklist = HeadlessTasklist.open();
    browser = tasklist.browser;
    wait = tasklist.wait;
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (tasklist != null) {
      screenshot(test.getTestMethod().orElseThrow().getName());
      tasklist.close();
    }
  }

  @Test
  @Verifies({"P1.4", "P1.5"})
  void theProjectLeadDraftsThePlanWithMilestonesAndRisksInTasklist() {
    String instance = startProjectUpToThePlan();
    String number = as("yangjun").get("/engine-rest/process-instance/" + instance).json().path("businessKey").asText();
    Task draft = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DraftPlan")
        .singleResult();
    assertThat(draft.getAssignee()).isEqualTo("wangqiang");

    openTask("wangqiang", "制定项目执行方案", "项目目标");
    screenshot("plan-opened");
    fill("项目目标", "六个月内完成三期上线");
    fill("执行策略", "试点先行");
    fill("工作步骤", "调研、开发、上线");
    fill("资源需求", "开发 5 人");

    // one milestone row and one risk row, added with the lists' add buttons where the list starts empty
    WebElement milestones = list("时间节点");
    ensureRows(milestones, 2);
    fillIn(milestones, 0, "节点名称", "一期上线");
    date(milestones, 0, "2027-01-31");
    fillIn(milestones, 1, "节点名称", "二期上线");
    date(milestones, 1, "2027-03-31");
    WebElement risks = list("风险评估及应对措施");
    ensureRows(risks, 1);
    chooseIn(risks, 0, "风险类别", "技术风险");
    fillIn(risks, 0, "风险描述", "旧系统数据迁移");
    chooseIn(risks, 0, "发生可能性", "中");
    chooseIn(risks, 0, "影响程度", "高");
    chooseIn(risks, 0, "应对措施", "风险降低");
    fillIn(risks, 0, "责任人", "王强");
    fillIn(risks, 0, "应对预案", "分批迁移并双轨运行");
    checkAll("评审部门负责人");
    screenshot("plan-filled");

    complete(draft.getId(), "提交方案");

    JsonNode plan = as("wangqiang").get("/api/projects/" + number).json().path("plans").get(0);
    assertThat(plan.path("objectives").asText()).isEqualTo("六个月内完成三期上线");
    assertThat(plan.path("milestones")).hasSize(2);
    assertThat(plan.path("milestones").get(0).path("name").asText()).isEqualTo("一期上线");
    assertThat(plan.path("milestones").get(0).path("dueDate").asText()).isEqualTo("2027-01-31");
    assertThat(plan.path("risks")).hasSize(1);
    assertThat(plan.path("risks").get(0).path("category").asText()).isEqualTo("technical");
    assertThat(plan.path("risks").get(0).path("likelihood").asText()).isEqualTo("medium");
    assertThat(plan.path("risks").get(0).path("impact").asText()).isEqualTo("high");
    assertThat(plan.path("risks").get(0).path("response").asText()).isEqualTo("reduce");
    assertThat(plan.path("risks").get(0).path("owner").asText()).isEqualTo("王强");
    assertThat(taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_ReviewPlanByDepartment").count()).isPositive();
  }

  @Test
  @Verifies("P1.8")
  void theProjectLeadAssignsTasksInTasklist() {
    String instance = startProjectUpToThePlan();
    String number = as("yangjun").get("/engine-rest/process-instance/" + instance).json().path("businessKey").asText();
    completeAs("wangqiang", instance, "Task_DraftPlan", vars("planObjectives", "六个月内完成三期上线",
        "strategy", "试点先行", "workSteps", "调研、开发、上线", "resources", "开发 5 人",
        "milestones", json("[{\"name\":\"一期上线\",\"dueDate\":\"2027-01-31\"}]"),
        "risks", json("[]"), "reviewers", json("[\"chengang\",\"zhouyan\"]")));
    completeAs("chengang", instance, "Task_ReviewPlanByDepartment", vars("planApproved", true, "reviewComment", "同意"));
    completeAs("zhouyan", instance, "Task_ReviewPlanByDepartment", vars("planApproved", true, "reviewComment", "同意"));
    completeAs("liuyang", instance, "Task_ApprovePlanByDivisionLeader", vars("planApproved", true, "reviewComment", "批准"));
    completeAs("zhangwei", instance, "Task_ConfirmPlanWithCustomer", vars("customerContact", "陈总",
        "customerConfirmed", true));
    Task assign = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_AssignTasks")
        .singleResult();

    openTask("wangqiang", "分配执行任务", "执行任务");
    screenshot("assign-opened");
    WebElement tasks = list("执行任务");
    ensureRows(tasks, 2);
    String[][] rows = {{"需求调研", "访谈仓库主管", "调研报告客户签字"}, {"系统开发", "完成一期功能", "测试通过"}};
    for (int i = 0; i < rows.length; i++) {
      fillIn(tasks, i, "任务名称", rows[i][0]);
      chooseIn(tasks, i, "执行人员", null);
      fillIn(tasks, i, "任务要求", rows[i][1]);
      date(tasks, i, java.time.LocalDate.now().plusDays(30).toString());
      fillIn(tasks, i, "质量标准", rows[i][2]);
    }
    screenshot("assign-filled");

    complete(assign.getId(), "提交任务分配");

    JsonNode project = as("wangqiang").get("/api/projects/" + number).json();
    assertThat(project.path("tasks")).hasSize(2);
    assertThat(project.path("tasks").findValuesAsText("title")).containsExactlyInAnyOrder("需求调研", "系统开发");
  }

  // ---------------------------------------------------------------------------------------------- process

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  private String startProjectUpToThePlan() {
    Rest.Response started = as("zhangwei").post("/engine-rest/process-definition/key/customer-project/submit-form",
        vars("customerName", "华南物流有限公司", "title", "仓储管理系统升级" + System.nanoTime(),
            "details", "升级三个仓库的 WMS", "complexity", "complex"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    completeAs("zhangwei", instance, "Task_HoldRequirementMeeting", vars("meetingTime", "2026-12-01 10:00",
        "participants", "技术部、仓储部", "minutes", "确定分三期上线"));
    completeAs("zhangwei", instance, "Task_SignRequirementRecord", vars("recordSummary", "客户确认三期上线计划",
        "relatedDepartments", json("[\"技术部\"]"), "projectLead", "wangqiang", "signerName", "客户代表陈总",
        "recordSigned", true));
    return instance;
  }

  private void completeAs(String user, String instance, String taskKey, Map<String, Object> variables) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey
        + "&assignee=" + user).json();
    if (tasks.isEmpty()) {
      tasks = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
    }
    assertThat(tasks).as(user + " sees " + taskKey).isNotEmpty();
    String id = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull() || tasks.get(0).path("assignee").asText().isEmpty()) {
      assertThat(as(user).post("/engine-rest/task/" + id + "/claim", Map.of("userId", user)).status()).isEqualTo(204);
    }
    Rest.Response done = as(user).post("/engine-rest/task/" + id + "/complete", variables);
    assertThat(done.status()).as(taskKey + " by " + user + ": " + done.body()).isEqualTo(204);
  }

  // ---------------------------------------------------------------------------------------------- browser

  private void openTask(String user, String taskName, String firstLabel) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    tasklist.logIn(user, "demo");
    tasklist.click(By.xpath("(//*[contains(@class,'tasks-list')]//*[normalize-space(.)='" + taskName + "'])[1]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.),'" + firstLabel + "')]")));
    // Tasklist imports the variables once more after showing the form, which would reset what is typed before
    sleep(1500);
  }

  /**
   * Submits with the form's own submit button. Tasklist 7.24 enables 完成 only while form-js reports no errors, and
   * form-js leaves an (empty) entry in its errors for every field edited inside a dynamic list, so after typing in a
   * list row 完成 stays disabled although the form is valid; the form's submit button validates the whole form again
   * (which clears those entries) and lets Tasklist complete the task.
   */
  private void complete(String taskId, String submitLabel) {
    boolean completeEnabled = !browser.findElements(
        By.xpath("//button[@ng-click='complete()'][not(@disabled)]")).isEmpty();
    System.out.println("Tasklist 完成 enabled before submitting: " + completeEnabled);
    tasklist.click(By.xpath("//div[contains(@class,'fjs-container')]//button[@type='submit'][normalize-space(.)='"
        + submitLabel + "']"));
    try {
      wait.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    } catch (org.openqa.selenium.TimeoutException notCompleted) {
      screenshot("complete-failed");
      throw new AssertionError("task not completed; page says: " + notifications() + " / form errors: "
          + formErrors(), notCompleted);
    }
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getEndTime()).isNotNull();
  }

  private String formErrors() {
    return String.valueOf(((JavascriptExecutor) browser).executeScript("""
        return [...document.querySelectorAll('.fjs-form-field-error, .fjs-has-errors')]
          .map(e => (e.closest('.fjs-form-field') || e).innerText.replace(/\\s+/g, ' ')).join(' | ');"""));
  }

  private String notifications() {
    return browser.findElements(By.cssSelector(".notifications, .alert")).stream().map(WebElement::getText)
        .filter(t -> !t.isBlank()).toList().toString();
  }

  private WebElement list(String label) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field-dynamiclist')][.//label[normalize-space(.)='" + label + "']"
            + " or .//*[contains(@class,'fjs-form-field-label')][normalize-space(.)='" + label + "']]")));
  }

  private List<WebElement> rows(WebElement list) {
    return list.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  private void ensureRows(WebElement list, int count) {
    for (int guard = 0; rows(list).size() < count && guard < 10; guard++) {
      WebElement add = list.findElement(By.cssSelector(".fjs-repeat-render-add"));
      tasklist.click(add);
      sleep(300);
    }
    assertThat(rows(list)).hasSizeGreaterThanOrEqualTo(count);
  }

  private WebElement inRow(WebElement list, int row, String label) {
    WebElement r = rows(list).get(row);
    WebElement l = r.findElement(By.xpath(".//label[contains(normalize-space(.),'" + label + "')]"));
    return l;
  }

  private void fillIn(WebElement list, int row, String label, String text) {
    WebElement l = inRow(list, row, label);
    String id = l.getAttribute("for");
    for (int attempt = 0; attempt < 10; attempt++) {
      tasklist.type(browser.findElement(By.id(id)), text);
      browser.findElement(By.id(id)).sendKeys(Keys.TAB); // leave the field, as a person would
      try {
        new WebDriverWait(browser, Duration.ofMillis(1000))
            .until(d -> !text.equals(d.findElement(By.id(id)).getDomProperty("value")));
      } catch (org.openqa.selenium.TimeoutException kept) {
        return;
      }
    }
    throw new AssertionError("「" + label + "」 keeps losing its value");
  }

  /** Types the date in the format the date field shows (its placeholder), then leaves the field. */
  private void date(WebElement list, int row, String isoDate) {
    WebElement input = rows(list).get(row).findElement(By.cssSelector(".fjs-form-field-datetime input"));
    String placeholder = String.valueOf(input.getDomAttribute("placeholder")).toLowerCase(java.util.Locale.ROOT);
    java.time.LocalDate d = java.time.LocalDate.parse(isoDate);
    String text = placeholder.startsWith("mm/dd/yyyy")
        ? d.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"))
        : isoDate;
    tasklist.type(input, text);
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  /**
   * Opens a select of the row and picks the option (the first one when null). form-js opens a select when it gets the
   * focus, so after Tab from the previous field its list is already open, and a click on the select would close it
   * again (its mouse-down toggles the list): a person who sees the open list clicks the option. Only a closed list is
   * opened with a click; if that does not open it, the select is entered from the keyboard, which opens it too.
   */
  private void chooseIn(WebElement list, int row, String label, String option) {
    WebElement l = inRow(list, row, label);
    String id = l.getAttribute("for");
    WebElement field = l.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-select')][1]"));
    By items = By.cssSelector(".fjs-select-anchor .fjs-dropdownlist-item");
    By item = option == null
        ? By.xpath(".//div[contains(@class,'fjs-select-anchor')]//*[contains(@class,'fjs-dropdownlist-item')][1]")
        : By.xpath(".//div[contains(@class,'fjs-select-anchor')]//*[contains(@class,'fjs-dropdownlist-item')]"
            + "[normalize-space(.)='" + option + "']");
    for (int attempt = 1; field.findElements(items).isEmpty(); attempt++) {
      System.out.println("select 「" + label + "」 closed, attempt " + attempt + "; focus on "
          + ((JavascriptExecutor) browser).executeScript("return document.activeElement && document.activeElement.id"));
      if (attempt <= 2) {
        tasklist.click(field.findElement(By.cssSelector(".fjs-select-display")));
      } else if (attempt <= 4) {
        WebElement input = browser.findElement(By.id(id));
        if (id.equals(((JavascriptExecutor) browser).executeScript(
            "return document.activeElement && document.activeElement.id"))) {
          input.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB)); // leave it and come back with Tab
          new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        } else {
          input.sendKeys(Keys.ARROW_DOWN);
        }
      } else {
        screenshot("select-" + row + "-not-open");
        throw new AssertionError("「" + label + "」 does not open: " + field.getAttribute("outerHTML"));
      }
      try {
        new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> !field.findElements(items).isEmpty());
      } catch (org.openqa.selenium.TimeoutException notOpen) {
        // next way
      }
    }
    WebElement choice = field.findElement(item);
    String text = choice.getText().trim();
    tasklist.click(choice);
    wait.until(d -> text.equals(field.findElement(By.cssSelector(".fjs-select-display")).getText().trim()));
  }

  private void checkAll(String label) {
    WebElement l = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field-checklist')][.//label[contains(normalize-space(.),'" + label + "')]]")));
    List<WebElement> boxes = l.findElements(By.cssSelector("input[type=checkbox]"));
    assertThat(boxes).as("options of " + label).isNotEmpty();
    for (WebElement box : boxes) {
      for (int attempt = 1; !box.isSelected(); attempt++) {
        assertThat(attempt).as("clicks on an option of " + label).isLessThanOrEqualTo(3);
        tasklist.click(box);
        try {
          new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> box.isSelected());
        } catch (org.openqa.selenium.TimeoutException notChecked) {
          System.out.println("option of 「" + label + "」 not checked after click " + attempt);
        }
      }
    }
  }

  private WebElement field(String label) {
    WebElement l = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.),'" + label + "')]")));
    return browser.findElement(By.id(l.getAttribute("for")));
  }

  private void fill(String label, String text) {
    for (int attempt = 0; attempt < 20; attempt++) {
      tasklist.type(field(label), text);
      try {
        new WebDriverWait(browser, Duration.ofMillis(700)).until(d -> !text.equals(field(label).getDomProperty("value")));
      } catch (org.openqa.selenium.TimeoutException kept) {
        return;
      }
    }
    throw new AssertionError("「" + label + "」 keeps losing its value");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void screenshot(String name) {
    tasklist.screenshot("plan-browser-" + name);
  }
}
