package com.crmflow.platform.web;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.TasklistBrowserTest;
import com.crmflow.testsupport.it.TasklistForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import org.camunda.bpm.engine.TaskService;
import com.crmflow.customer.domain.Customer;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A demo account manager works in the real Camunda Tasklist in headless Chromium (Debian's chromium and
 * chromium-driver; nothing is downloaded): logs in, starts a customer project from 启动流程, fills the Chinese start
 * form (picking one of his customers from the archive), and finds the next task with its Chinese form rendered. crm-dept reviews grade changes from the list the
 * review form shows.
 */
@IntegrationTest
class TasklistBrowserIT extends TasklistBrowserTest {

  TasklistBrowserIT() {
    super("browser-");
  }

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired com.crmflow.customer.domain.CustomerRepository customers;

  @Test
  @Verifies("P1.1")
  void anAccountManagerStartsAProjectInTasklistAndSeesTheNextTaskWithItsChineseForm() {
    // the intake picks a customer of the archive that zhangwei may see (his own)
    String customerName = "东方电子科技浏览器客户" + System.nanoTime();
    String customerId = com.crmflow.testsupport.it.ArchiveCustomers.id(customers, customerName, "zhangwei");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    tasklist.logIn("zhangwei", "demo");

    // 启动流程 / Start process (the header link with the list icon, whatever the UI language)
    tasklist.click(By.xpath("//a[@ng-click='open()'][span[contains(@class,'glyphicon-list-alt')]]"));
    tasklist.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='客户项目执行']"));

    TasklistForm start = TasklistForm.ofStartDialog(tasklist).shown("客户");
    start.choose("客户", customerName + "（B 级） · " + customerId);
    start.fill("需求名称", "客服中心升级");
    start.fill("需求详细内容", "升级呼叫中心并接入工单系统");
    start.choose("需求复杂程度", "一般");
    tasklist.guideScreenshot("customer-project-start");
    tasklist.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"
        + "[not(contains(@class,'ng-hide'))][not(@disabled)]"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

    // the engine has the project and the next task for the account manager
    Task next = taskService.createTaskQuery().taskAssignee("zhangwei").taskName("签署《客户需求沟通记录》")
        .orderByTaskCreateTime().desc().listPage(0, 1).get(0);
    assertThat(taskService.getVariable(next.getId(), "projectTitle")).isEqualTo("客服中心升级");

    // … and Tasklist shows it in 我的待办 with its Chinese form
    tasklist.click(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(.)='签署《客户需求沟通记录》']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[contains(normalize-space(.),'签字确认人（客户对接人）姓名')]")));
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
        .contains(customerName).contains("客服中心升级").contains("项目负责人");
  }

  @Test
  @Verifies("P3.3")
  void crmDeptReviewsTheGradeChangesInTasklistFromTheListTheFormShows() {
    // a major change reported for lina's customer (as the API does), regraded: B → A waits for crm-dept
    Customer c = new Customer();
    c.setName("浏览器测试并购客户" + System.nanoTime());
    c.setOwner("lina");
    c.setGrade("B");
    c.setCreatedAt(java.time.Instant.now());
    c.setAnnualPurchaseAmount(new java.math.BigDecimal("1500"));
    c.setProfitContribution(new java.math.BigDecimal("300"));
    c.setPurchaseFrequency(30);
    c.setCooperationYears(10);
    c.setGrowthPotential(5);
    c.setMarketInfluence(5);
    Long customerId = customers.save(c).getId();
    var pi = runtimeService.createMessageCorrelation("CustomerMajorChange").setVariable("customerId", customerId)
        .setVariable("changeType", "merger").setVariable("description", "并购两家同行企业")
        .setVariable("reportedBy", "lina").correlateStartMessage();
    managementService.createJobQuery().processInstanceId(pi.getId()).list()
        .forEach(j -> managementService.executeJob(j.getId()));
    managementService.createJobQuery().processInstanceId(pi.getId()).list()
        .forEach(j -> managementService.executeJob(j.getId()));
    Task review = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(review.getName()).isEqualTo("审核客户等级调整");
    taskService.claim(review.getId(), "wuxia");

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    tasklist.logIn("wuxia", "demo");
    tasklist.click(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(.)='审核客户等级调整']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[contains(normalize-space(.),'批准的等级调整')]")));
    // the table of changes and the checklist, from the task's variables; every change checked
    String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(form).contains(pi.getBusinessKey()).contains("企业并购").contains("浏览器测试并购客户")
        .contains("B 核心客户 → A 重要战略客户").contains("100.00").contains("评定依据的指标");
    assertThat(browser.findElements(By.cssSelector(".fjs-container input[type=checkbox]")))
        .singleElement().satisfies(box -> assertThat(box.isSelected()).isTrue());
    tasklist.guideScreenshot("customer-grading-review");

    // 完成 submits the form: the checked change is approved and applied
    tasklist.click(By.xpath("//button[@ng-click='complete()'][not(@disabled)]"));
    wait.until(d -> taskService.createTaskQuery().taskId(review.getId()).count() == 0);
    managementService.createJobQuery().processInstanceId(pi.getId()).list()
        .forEach(j -> managementService.executeJob(j.getId()));
    assertThat(customers.findById(customerId).orElseThrow().getGrade()).isEqualTo("A");
  }

  @Test
  void theWebAppsSpeakChineseInAnEnglishBrowserAndEnglishCanBeChosen() {
    String apps = "http://localhost:" + port + "/camunda/app/";
    assertThat(((JavascriptExecutor) browser).executeScript("return navigator.languages[0]")).isEqualTo("en-US");

    browser.get(apps + "welcome/default/");
    assertLoginPageSays("登录", "用户名", "密码");
    browser.get(apps + "cockpit/default/");
    assertLoginPageSays("登录", "用户名", "密码");

    // English on request, remembered for every app of this browser …
    browser.get(apps + "admin/default/?lang=en");
    assertLoginPageSays("Log in", "Username", "Password");
    browser.get(apps + "tasklist/default/");
    assertLoginPageSays("Log in", "Username", "Password");

    // … and back
    browser.get(apps + "cockpit/default/?lang=zh-CN");
    assertLoginPageSays("登录", "用户名", "密码");
    browser.get(apps + "tasklist/default/");
    assertLoginPageSays("登录", "用户名", "密码");
  }

  private void assertLoginPageSays(String button, String userLabel, String passwordLabel) {
    By form = By.cssSelector("form[name=signinForm]");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(form, button));
    WebElement signin = browser.findElement(form);
    assertThat(signin.findElement(By.cssSelector("button[type=submit]")).getText().trim()).isEqualTo(button);
    assertThat(signin.findElement(By.cssSelector("input[ng-model=username]")).getDomAttribute("placeholder"))
        .isEqualTo(userLabel);
    assertThat(signin.findElement(By.cssSelector("input[ng-model=password]")).getDomAttribute("placeholder"))
        .isEqualTo(passwordLabel);
  }
}
