package com.crmflow.project.process;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.TasklistBrowserTest;
import com.crmflow.testsupport.it.TasklistForm;
import static com.crmflow.project.process.CustomerProjectRestIT.json;
import static com.crmflow.project.process.CustomerProjectRestIT.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project lead completes 制定项目执行方案 (dynamic lists of milestones and risks) and, for a confirmed plan,
 * 分配执行任务 (dynamic list of tasks) in the real Tasklist in headless Chromium, adding list rows with the lists'
 * own add buttons and completing with Tasklist's own 完成 (which form-js' error entries for list rows used to keep
 * disabled; see tasklist/scripts/crmflow-forms.js).
 */
@IntegrationTest
class ProjectPlanBrowserIT extends TasklistBrowserTest {

  ProjectPlanBrowserIT() {
    super("plan-browser-");
  }

  @LocalServerPort int port;
  @Autowired com.crmflow.customer.domain.CustomerRepository customers;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  @Verifies({"P1.4", "P1.5"})
  void theProjectLeadDraftsThePlanWithMilestonesAndRisksInTasklist() {
    String instance = startProjectUpToThePlan();
    String number = as("yangjun").get("/engine-rest/process-instance/" + instance).json().path("businessKey").asText();
    Task draft = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DraftPlan")
        .singleResult();
    assertThat(draft.getAssignee()).isEqualTo("wangqiang");

    TasklistForm form = openTask("wangqiang", "制定项目执行方案", "项目目标");
    screenshot("plan-opened");
    form.fill("项目目标", "六个月内完成三期上线");
    form.fill("执行策略", "试点先行");
    form.fill("工作步骤", "调研、开发、上线");
    form.fill("资源需求", "开发 5 人");

    // two milestone rows and one risk row, added with the lists' add buttons where the list has fewer
    WebElement milestones = form.list("时间节点");
    form.ensureRows(milestones, 2);
    form.fillIn(milestones, 0, "节点名称", "一期上线");
    form.dateIn(milestones, 0, "2027-01-31");
    form.fillIn(milestones, 1, "节点名称", "二期上线");
    form.dateIn(milestones, 1, "2027-03-31");
    WebElement risks = form.list("风险评估及应对措施");
    form.ensureRows(risks, 1);
    form.chooseIn(risks, 0, "风险类别", "技术风险");
    form.fillIn(risks, 0, "风险描述", "旧系统数据迁移");
    form.chooseIn(risks, 0, "发生可能性", "中");
    form.chooseIn(risks, 0, "影响程度", "高");
    form.chooseIn(risks, 0, "应对措施", "风险降低");
    form.fillIn(risks, 0, "责任人", "王强");
    form.fillIn(risks, 0, "应对预案", "分批迁移并双轨运行");
    // a second risk, in a row added with the list's add button: its selects open at the first click too
    form.ensureRows(risks, 2);
    form.chooseIn(risks, 1, "风险类别", "客户风险");
    form.fillIn(risks, 1, "风险描述", "客户关键用户变动");
    form.chooseIn(risks, 1, "发生可能性", "低");
    form.chooseIn(risks, 1, "影响程度", "低");
    form.chooseIn(risks, 1, "应对措施", "风险接受");
    form.checkAll("评审部门负责人");
    screenshot("plan-filled");
    tasklist.guideScreenshot("project-plan");

    // no submit button of the form's own: Tasklist's 完成
    assertNoSubmitButtonInTheForm();
    complete(form, draft.getId());

    JsonNode plan = as("wangqiang").get("/api/projects/" + number).json().path("plans").get(0);
    assertThat(plan.path("objectives").asText()).isEqualTo("六个月内完成三期上线");
    assertThat(plan.path("milestones")).hasSize(2);
    assertThat(plan.path("milestones").get(0).path("name").asText()).isEqualTo("一期上线");
    assertThat(plan.path("milestones").get(0).path("dueDate").asText()).isEqualTo("2027-01-31");
    assertThat(plan.path("risks")).hasSize(2);
    assertThat(plan.path("risks").get(0).path("category").asText()).isEqualTo("technical");
    assertThat(plan.path("risks").get(0).path("likelihood").asText()).isEqualTo("medium");
    assertThat(plan.path("risks").get(0).path("impact").asText()).isEqualTo("high");
    assertThat(plan.path("risks").get(0).path("response").asText()).isEqualTo("reduce");
    assertThat(plan.path("risks").get(0).path("owner").asText()).isEqualTo("王强");
    assertThat(plan.path("risks").get(1).path("category").asText()).isEqualTo("customer");
    assertThat(plan.path("risks").get(1).path("response").asText()).isEqualTo("accept");
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

    TasklistForm form = openTask("wangqiang", "分配执行任务", "执行任务");
    screenshot("assign-opened");
    WebElement tasks = form.list("执行任务");
    form.ensureRows(tasks, 2);
    String[][] rows = {{"需求调研", "访谈仓库主管", "调研报告客户签字"}, {"系统开发", "完成一期功能", "测试通过"}};
    for (int i = 0; i < rows.length; i++) {
      form.fillIn(tasks, i, "任务名称", rows[i][0]);
      form.chooseIn(tasks, i, "执行人员", null);
      form.fillIn(tasks, i, "任务要求", rows[i][1]);
      form.dateIn(tasks, i, java.time.LocalDate.now().plusDays(30).toString());
      form.fillIn(tasks, i, "质量标准", rows[i][2]);
    }
    screenshot("assign-filled");
    tasklist.guideScreenshot("project-task-assignment");

    assertNoSubmitButtonInTheForm();
    complete(form, assign.getId());

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
        vars("customerId", com.crmflow.testsupport.it.ArchiveCustomers.id(customers, "华南物流有限公司", "zhangwei"), "title", "仓储管理系统升级" + System.nanoTime(),
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

  private TasklistForm openTask(String user, String taskName, String firstLabel) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    tasklist.logIn(user, "demo");
    tasklist.click(By.xpath("(//*[contains(@class,'tasks-list')]//*[normalize-space(.)='" + taskName + "'])[1]"));
    return TasklistForm.ofTask(tasklist).shown(firstLabel);
  }

  private void assertNoSubmitButtonInTheForm() {
    assertThat(browser.findElements(By.cssSelector(".fjs-container button[type=submit], .fjs-form-field-button")))
        .as("buttons inside the form").isEmpty();
  }

  /** Clicks Tasklist's own 完成 (once enabled) and waits until the engine has the task completed. */
  private void complete(TasklistForm form, String taskId) {
    form.complete();
    try {
      wait.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    } catch (org.openqa.selenium.TimeoutException notCompleted) {
      screenshot("complete-failed");
      throw new AssertionError("task not completed; page says: " + notifications() + " / form errors: "
          + form.errors(), notCompleted);
    }
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getEndTime()).isNotNull();
  }

  private String notifications() {
    return browser.findElements(By.cssSelector(".notifications, .alert")).stream().map(WebElement::getText)
        .filter(t -> !t.isBlank()).toList().toString();
  }

  private void screenshot(String name) {
    tasklist.screenshot("plan-browser-" + name);
  }
}
