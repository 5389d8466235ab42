package com.crmflow.customer.grading;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerOwnership;
import com.crmflow.customer.domain.OwnerChangeInput;
import com.crmflow.customer.domain.OwnerChange;
import com.crmflow.customer.domain.OwnerChangeRepository;
import com.crmflow.customer.owner.OwnerCheck;
import com.crmflow.customer.owner.OwnerViolations;
import com.crmflow.customer.owner.OwnerViolations.Violation;
import com.crmflow.platform.forms.BusinessRuleViolationException;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code customer-grading} and its quarterly timer {@code customer-grading-schedule} (SPEC P3) with
 * the real delegates, DMN tables, form validation and tables; the chunk and apply jobs are executed one by one.
 * Also the owner rules: who gets a customer, what {@link CustomerOwnership#changeOwner} refuses, and the owner
 * check. Coverage gate: 90 % of flow nodes and sequence flows of both processes.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = "credit-evaluation") // started by grade changes to A/B, measured by CreditEvaluationProcessTest
class CustomerGradingProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();


  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired CustomerRepository customers;
  @Autowired CustomerGrades customerGrades;
  @Autowired CustomerOwnership ownership;
  @Autowired OwnerChangeRepository ownerChanges;
  @Autowired GradingRunRepository runs;
  @Autowired GradingResultRepository results;
  @Autowired GradingSettings settings;
  @Autowired OwnerViolations violations;
  @Autowired OwnerCheck ownerCheck;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationService notifications;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // each test grades only its own customers
    jdbc.update("UPDATE crm_customer SET status = 'INACTIVE'");
    at("2026-04-01T01:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    // settings: a Mockito spy (ProcessTest), its stubs reset after each test
  }

  // -------------------------------------------------------------------------------------- indicator sets

  /** Composite score 100 → A. */
  static final String[] A_LEVEL = {"1000", "24", "200", "10", "5", "5"};
  /** 21.25 + 21.25 + 8 + 8 + 12 + 12 = 82.5 → B. */
  static final String[] B_LEVEL = {"500", "12", "100", "5", "4", "4"};
  /** 17.5 + 17.5 + 6 + 6 + 9 + 9 = 65 → C. */
  static final String[] C_LEVEL = {"200", "6", "40", "3", "3", "3"};
  /** 7.5 + 7.5 + 2 + 4 + 3 + 3 = 27 → D. */
  static final String[] D_LEVEL = {"10", "1", "0", "1", "1", "1"};

  // -------------------------------------------------------------------------------------- paths

  @Test
  @Verifies({"P3.2", "P3.3", "P3.4", "P3.6"})
  void theQuarterlyRunRegradesEveryActiveCustomerInChunksAndCrmDeptApprovesOrOverridesEachChange() throws Exception {
    doReturn(2).when(settings).chunkSize();
    doReturn(2).when(settings).applyChunkSize();
    Customer c1 = customer("上升客户", B_LEVEL, "C", "songyu");      // C → B: songyu may not own B
    Customer c2 = customer("战略候选客户", A_LEVEL, "B", "lina");     // B → A, overridden: stays B
    Customer c3 = customer("稳定核心客户", B_LEVEL, "B", "lina");     // unchanged
    Customer c4 = customer("下滑客户", D_LEVEL, "C", "tangli");       // C → D: tangli may not own D
    Customer c5 = customer("稳定一般客户", C_LEVEL, "C", "songyu");   // unchanged
    Customer c6 = customer("降级核心客户", C_LEVEL, "B", "luojing");  // B → C: luojing may not own C
    Customer inactive = customer("已停用客户", A_LEVEL, "D", "xiexin");
    jdbc.update("UPDATE crm_customer SET status = 'INACTIVE' WHERE id = ?", inactive.getId());
    projectAndComplaintOf(c1);

    // the timer start of customer-grading-schedule was scheduled at deployment from crm.grading.cycle: quarterly
    Job timer = quarterlyTimer();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
    assertThat(due.toLocalTime()).hasToString("01:00");
    execute(timer);

    var schedule = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(GradingVariables.SCHEDULE_PROCESS_KEY).singleResult();
    assertThat(schedule.getState()).isEqualTo("COMPLETED");
    assertThat(quarterlyTimer().getDuedate()).as("the next quarter").isEqualTo(nextQuarterStart(ClockUtil.getCurrentTime()));
    GradingRun run = latestRun();
    ProcessInstance pi = instance(run);
    assertThat(pi.getBusinessKey()).isEqualTo(run.getRunNumber()).matches("GRD-2026-\\d{4}");
    assertThat(pi).hasPassed("StartEvent_Periodic", "Task_CreateRun").isWaitingAt("Task_GradeChunk");
    assertThat(run.getTriggerType()).isEqualTo(GradingRun.PERIODIC);
    assertThat(run.getCustomerCount()).as("ACTIVE customers only").isEqualTo(6);
    assertThat(run.getChunkCount()).isEqualTo(3);
    assertThat(run.getDecisionVersion()).isEqualTo(latestGradingVersion());
    // one job per chunk, none holding the others: each commits on its own
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Task_GradeChunk").count())
        .isEqualTo(3);
    executeJobs(pi);

    assertThat(pi).hasPassed("Task_Summarize").isWaitingAt("Task_ReviewGrades");
    run = runs.findById(run.getId()).orElseThrow();
    assertThat(run.getStatus()).isEqualTo(GradingRun.REVIEW);
    assertThat(run.getChangedCount()).isEqualTo(4);
    GradingResult r1 = result(run, c1);
    assertThat(r1.getStatus()).isEqualTo(GradingResult.PROPOSED);
    assertThat(r1.getGrade()).isEqualTo("B");
    assertThat(r1.getPreviousGrade()).isEqualTo("C");
    assertThat(r1.getScore()).isEqualByComparingTo("82.50");
    assertThat(r1.getAnnualPurchaseAmount()).isEqualByComparingTo("500");
    assertThat(r1.getMarketInfluence()).isEqualTo(4);
    assertThat(r1.getDecisionDefinitionId()).isEqualTo(run.getDecisionDefinitionId()).startsWith("customer-grading:");
    assertThat(result(run, c3).getStatus()).isEqualTo(GradingResult.UNCHANGED);
    assertThat(results.findByRunIdAndCustomerId(run.getId(), inactive.getId())).isEmpty();

    Task review = task("Task_ReviewGrades", pi);
    assertThat(candidateGroups(review)).containsExactly("crm-dept");
    String context = (String) taskService.getVariableLocal(review.getId(), "context");
    assertThat(context).contains(run.getRunNumber()).contains("定期分级").contains("参评客户：6")
        .contains("等级变化：**4**").contains("第 " + run.getDecisionVersion() + " 版");
    JsonNode listed = changes(review);
    assertThat(listed).hasSize(4);
    assertThat(listed.get(0).get("customer").asText()).startsWith("上升客户");
    assertThat(listed.get(0).get("change").asText()).isEqualTo("C 一般客户 → B 核心客户");
    assertThat(listed.get(0).get("score").asText()).isEqualTo("82.50");
    assertThat(json(review, "changeOptions").get(0).get("label").asText())
        .isEqualTo(r1.getId() + "｜" + listed.get(0).get("customer").asText() + "：C 一般客户 → B 核心客户（82.50 分）");
    assertThat(json(review, "approvedChanges")).as("all checked at first").hasSize(4);
    assertThat(taskService.getVariableLocal(review.getId(), "remainingCount")).isEqualTo(0);
    assertThat(runtimeService.getVariable(pi.getId(), "changes")).as("task-local only").isNull();

    at("2026-04-02T10:00");
    completeAs("wuxia", review, decisions(ids(listed), result(run, c2).getId() + " B 战略客户名单本季度不调整", null));

    assertThat(pi).hasPassed("Task_ReviewGrades").isWaitingAt("Task_ApplyGrades");
    assertThat(result(run, c2).getStatus()).isEqualTo(GradingResult.OVERRIDDEN);
    assertThat(result(run, c2).getFinalGrade()).isEqualTo("B");
    assertThat(result(run, c2).getReviewNote()).isEqualTo("战略客户名单本季度不调整");
    assertThat(result(run, c1).getReviewedBy()).isEqualTo("wuxia");
    // nothing applied before the jobs ran; then 2 batches of 2
    assertThat(customers.findById(c1.getId()).orElseThrow().getGrade()).isEqualTo("C");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isOne();
    executeJobs(pi);

    assertThat(pi).hasPassed("Task_ApplyGrades", "Task_FinishRun").isWaitingAt("Task_Handover");
    assertThat(grade(c1)).isEqualTo("B");
    assertThat(grade(c2)).as("overridden: kept").isEqualTo("B");
    assertThat(grade(c4)).isEqualTo("D");
    assertThat(grade(c6)).isEqualTo("C");
    assertThat(customers.findById(c1.getId()).orElseThrow().getGradedAt()).isEqualTo(instant("2026-04-02T10:00"));
    // am-core: lina owns two B customers (c2, c3), luojing one (c6) → luojing
    assertThat(owner(c1)).isEqualTo("luojing");
    assertThat(owner(c2)).as("no change, same owner").isEqualTo("lina");
    // am-development: both own no D customer → the smaller user id
    assertThat(owner(c4)).isEqualTo("fengxue");
    // am-regular: songyu owns c5 (C); tangli's only C customer (c4) has just become D → tangli
    assertThat(owner(c6)).isEqualTo("tangli");
    assertThat(List.of(result(run, c1), result(run, c2), result(run, c4), result(run, c6)))
        .extracting(GradingResult::getStatus).containsOnly(GradingResult.APPLIED);
    run = runs.findById(run.getId()).orElseThrow();
    assertThat(run.getStatus()).isEqualTo(GradingRun.COMPLETED);
    assertThat(run.getAppliedCount()).isEqualTo(3);
    assertThat(run.getOwnerChangeCount()).isEqualTo(3);
    assertThat(run.getReviewedBy()).isEqualTo("wuxia");

    OwnerChange change = ownerChanges.findByCustomerIdOrderById(c1.getId()).get(0);
    assertThat(change.getPreviousOwner()).isEqualTo("songyu");
    assertThat(change.getNewOwner()).isEqualTo("luojing");
    assertThat(change.getGrade()).isEqualTo("B");
    assertThat(change.getChangedBy()).isEqualTo("wuxia");
    assertThat(change.getReason()).contains("C 一般客户").contains("B 核心客户").contains(run.getRunNumber())
        .contains("songyu");

    // one handover task for each new owner, with the customer's history and the duties of its grade
    List<Task> handovers = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_Handover").orderByTaskAssignee().asc().list();
    assertThat(handovers).extracting(Task::getAssignee).containsExactly("fengxue", "luojing", "tangli");
    assertThat(handovers).extracting(Task::getName).containsOnly("客户交接");
    Task toLuojing = handovers.get(1);
    assertThat((String) taskService.getVariableLocal(toLuojing.getId(), "context"))
        .contains("上升客户").contains("原责任人：songyu").contains("新责任人：luojing")
        .contains("B 核心客户的维护职责").contains("安排专人负责跟进")
        .contains("PRJ-2026-9001 出口包装升级").contains("CMP-2026-900001").contains("产品质量")
        .contains(run.getRunNumber() + " 综合评分 82.50 → B");

    at("2026-04-03T09:00");
    assertThatThrownBy(() -> completeAs("luojing", toLuojing, Map.of("handoverNote", "未勾选")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("handoverConfirmed");
    completeAs("luojing", toLuojing, Map.of("handoverConfirmed", true, "handoverNote", "已与宋宇完成交接"));
    for (Task t : List.of(handovers.get(0), handovers.get(2))) {
      completeAs(t.getAssignee(), t, Map.of("handoverConfirmed", true));
    }
    assertThat(pi).isEnded().hasPassed("EndEvent_HandedOver");
    OwnerChange handedOver = ownerChanges.findById(change.getId()).orElseThrow();
    assertThat(handedOver.getHandoverCompletedBy()).isEqualTo("luojing");
    assertThat(handedOver.getHandoverCompletedAt()).isEqualTo(instant("2026-04-03T09:00"));
    assertThat(handedOver.getHandoverNote()).isEqualTo("已与宋宇完成交接");

    // every ACTIVE customer still has exactly one eligible owner
    assertThat(violations.check(100).total()).isZero();
    // the process kept ids and counts; grades and scores live in the tables
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(v -> v.getName()).contains("runId", "chunkCount", "changeCount", "handoverCount")
        .doesNotContain("handoverConfirmed", "handoverNote", "remainingDecision");
  }

  @Test
  @Verifies({"P3.4", "P3.5"})
  void anOwnerReportsAMergerAndTheCustomerIsRegradedAtOnceWithANewOwnerFromSeniorStaff() {
    Customer c = customer("并购客户", B_LEVEL, "B", "lina");
    at("2026-05-12T15:00");
    ProcessInstance pi = startAs("lina", majorChange(c.getId(), "merger", "客户并购了同行业的两家企业，采购规模翻倍",
        Map.of("annualPurchaseAmount", 1200L, "profitContribution", 250.5, "purchaseFrequency", 30L,
            "cooperationYears", 10L, "growthPotential", "5", "marketInfluence", "5")));

    GradingRun run = runs.findByRunNumber(pi.getBusinessKey()).orElseThrow();
    assertThat(run.getTriggerType()).isEqualTo(GradingRun.MAJOR_CHANGE);
    assertThat(run.getCustomerId()).isEqualTo(c.getId());
    assertThat(run.getChangeType()).isEqualTo("merger");
    assertThat(run.getReportedBy()).isEqualTo("lina");
    assertThat(run.getCustomerCount()).isEqualTo(1);
    assertThat(pi).hasPassed("StartEvent_MajorChange", "Task_RegisterMajorChange").isWaitingAt("Task_GradeChunk");
    // the new indicators are on the customer before it is graded
    Customer updated = customers.findById(c.getId()).orElseThrow();
    assertThat(updated.getAnnualPurchaseAmount()).isEqualByComparingTo("1200");
    assertThat(updated.getProfitContribution()).isEqualByComparingTo("250.50");
    assertThat(updated.getGrowthPotential()).isEqualTo(5);
    // the form values left the process variables
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(v -> v.getName()).doesNotContain("description", "changeType", "annualPurchaseAmount")
        .contains("runId", "customerId", "initiator");

    executeJobs(pi);
    Task review = task("Task_ReviewGrades", pi);
    assertThat((String) taskService.getVariableLocal(review.getId(), "context")).contains("客户重大变化即时分级")
        .contains("并购客户").contains("企业并购").contains("报告人：lina").contains("> 客户并购了同行业的两家企业");
    JsonNode listed = changes(review);
    assertThat(listed).singleElement().satisfies(item -> {
      assertThat(item.get("change").asText()).isEqualTo("B 核心客户 → A 重要战略客户");
      assertThat(item.get("indicators").asText()).isEqualTo("采购额 1200 万元 · 频率 30 次/年 · 利润 250.5 万元 · 合作 10 年 · 潜力 5 · 影响力 5");
    });
    completeAs("wuxia", review, decisions(ids(listed), null, null));
    executeJobs(pi);

    assertThat(grade(c)).isEqualTo("A");
    // A: senior-management or am-senior (gaoming, zhangwei, zhengkai), none owns an A customer → gaoming
    assertThat(owner(c)).isEqualTo("gaoming");
    Task handover = task("Task_Handover", pi);
    assertThat(handover.getAssignee()).isEqualTo("gaoming");
    assertThat((String) taskService.getVariableLocal(handover.getId(), "context"))
        .contains("A 重要战略客户的维护职责").contains("定期与客户高层沟通").contains("合作项目**\n- 无")
        .contains("定期回访**\n- 无").contains("最近沟通记录**\n- 无");
  }

  @Test
  @Verifies({"P3.3", "P3.4", "P3.5"})
  void crmDeptMayReportForAnyCustomerThroughTheMessageAndAConfirmedChangeKeepsAnEligibleOwner() {
    Customer c = customer("信用风险客户", B_LEVEL, "B", "luojing");
    // as POST /api/customers/{id}/major-changes does after its checks: the system correlates, naming the reporter
    ProcessInstance pi = runtimeService.createMessageCorrelation(GradingVariables.MESSAGE_MAJOR_CHANGE)
        .setVariable("customerId", c.getId()).setVariable("changeType", "credit-risk")
        .setVariable("description", "客户出现大额逾期付款").setVariable("reportedBy", "wuxia")
        .setVariable("profitContribution", "-20").setVariable("growthPotential", 1)
        .correlateStartMessage();
    assertThat(pi).hasPassed("StartEvent_MajorChangeMessage", "Task_RegisterMajorChange");
    executeJobs(pi);
    // 21.25 + 0 + 8 + 8 + 3 + 12 = 52.25 → C; crm-dept overrides to D, luojing may not own D either
    Task review = task("Task_ReviewGrades", pi);
    assertThat(changes(review).get(0).get("score").asText()).isEqualTo("52.25");
    completeAs("wuxia", review, decisions(List.of(), changes(review).get(0).get("resultId").asLong()
        + " D 信用风险，降为潜在客户", null));
    executeJobs(pi);
    assertThat(grade(c)).isEqualTo("D");
    assertThat(owner(c)).isIn("fengxue", "xiexin");
    assertThat(pi).isWaitingAt("Task_Handover");

    // a second report for a customer whose owner may keep it (am-senior keeps an A customer): no handover
    Customer strategic = customer("战略客户", B_LEVEL, "B", "zhangwei");
    ProcessInstance second = startAs("wuxia", majorChange(strategic.getId(), "strategy-change", "客户将我司列为唯一供应商",
        Map.of("annualPurchaseAmount", 2000L, "profitContribution", 300L, "purchaseFrequency", 24L,
            "cooperationYears", 12L, "growthPotential", "5", "marketInfluence", "5")));
    executeJobs(second);
    Task review2 = task("Task_ReviewGrades", second);
    completeAs("wuxia", review2, decisions(ids(changes(review2)), "", null));
    executeJobs(second);
    assertThat(second).isEnded().hasPassed("Gateway_OwnersChanged", "EndEvent_GradesApplied")
        .hasNotPassed("Task_Handover");
    assertThat(grade(strategic)).isEqualTo("A");
    assertThat(owner(strategic)).isEqualTo("zhangwei");
  }

  @Test
  @Verifies("P3.3")
  void aRunWithoutChangedGradesEndsWithoutReview() {
    Customer a = customer("甲客户", A_LEVEL, "A", "zhangwei");
    Customer d = customer("丁客户", D_LEVEL, "D", "xiexin");
    ProcessInstance pi = startPeriodic();
    executeJobs(pi);
    assertThat(pi).isEnded().hasPassed("Gateway_GradesChanged", "EndEvent_NoChange").hasNotPassed("Task_ReviewGrades");
    GradingRun run = runs.findByRunNumber(pi.getBusinessKey()).orElseThrow();
    assertThat(run.getStatus()).isEqualTo(GradingRun.COMPLETED);
    assertThat(run.getChangedCount()).isZero();
    assertThat(run.getCompletedAt()).isNotNull();
    assertThat(result(run, a).getStatus()).isEqualTo(GradingResult.UNCHANGED);
    assertThat(result(run, a).getScore()).isEqualByComparingTo("100");
    assertThat(result(run, d).getScore()).isEqualByComparingTo("27");
    // unchanged customers are not touched
    assertThat(customers.findById(a.getId()).orElseThrow().getGradedAt()).isNull();
  }

  @Test
  @Verifies("P3.3")
  void changesBeyondTheListAreDecidedTogetherAndAGradeChangedMeanwhileIsNotOverwritten() {
    doReturn(1).when(settings).reviewListLimit();
    Customer first = customer("列出的客户", A_LEVEL, "B", "zhangwei");
    Customer second = customer("未列出的客户", C_LEVEL, "B", "songyu");
    Customer third = customer("同时被调整的客户", D_LEVEL, "C", "xiexin");
    ProcessInstance pi = startPeriodic();
    executeJobs(pi);
    Task review = task("Task_ReviewGrades", pi);
    assertThat(changes(review)).hasSize(1);
    assertThat(taskService.getVariableLocal(review.getId(), "remainingCount")).isEqualTo(2);
    assertThat((String) taskService.getVariableLocal(review.getId(), "context")).contains("下表列出前 1 项")
        .contains("其余 **2** 项");

    // the changes not listed must be decided together
    assertThatThrownBy(() -> completeAs("wuxia", review, decisions(ids(changes(review)), null, null)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("还有 2 项");
    // the third customer's grade is changed by someone else before the review is applied
    customerGrades.applyGrade(third.getId(), "B", "wuxia");
    // the listed one is not approved: it keeps its grade; the others are approved together
    completeAs("wuxia", review, decisions(List.of(), null, "approve"));
    executeJobs(pi);

    GradingRun run = runs.findByRunNumber(pi.getBusinessKey()).orElseThrow();
    assertThat(result(run, first).getStatus()).isEqualTo(GradingResult.APPLIED);
    assertThat(result(run, first).getFinalGrade()).isEqualTo("B");
    assertThat(result(run, first).getReviewNote()).isEqualTo("审核未批准，保持原等级");
    assertThat(grade(first)).as("not approved: kept").isEqualTo("B");
    assertThat(result(run, second).getStatus()).isEqualTo(GradingResult.APPLIED);
    assertThat(result(run, second).getFinalGrade()).isEqualTo("C");
    assertThat(result(run, second).getReviewNote()).contains("统一批准");
    assertThat(grade(second)).isEqualTo("C");
    assertThat(owner(second)).as("songyu may own a C customer").isEqualTo("songyu");
    assertThat(result(run, third).getStatus()).isEqualTo(GradingResult.SUPERSEDED);
    assertThat(grade(third)).as("not overwritten").isEqualTo("B");
    assertThat(run.getAppliedCount()).isEqualTo(1);
    assertThat(pi).isEnded().hasPassed("EndEvent_GradesApplied");
  }

  @Test
  @Verifies("P3.3")
  void theReviewRefusesAnOverrideWithoutGradeOrReasonAndForeignResults() {
    Customer c = customer("待审核客户", A_LEVEL, "C", "zhangwei");
    ProcessInstance pi = startPeriodic();
    executeJobs(pi);
    Task review = task("Task_ReviewGrades", pi);
    List<Long> listed = ids(changes(review));
    Long id = listed.get(0);

    assertThatThrownBy(() -> completeAs("wuxia", review, decisions(listed, id + " B", null)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("第 1 行应为「评定编号 等级 理由」");
    assertThatThrownBy(() -> completeAs("wuxia", review, decisions(listed, id + " A 合理\n" + id + " E 不存在的等级", null)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("第 2 行");
    assertThatThrownBy(() -> completeAs("wuxia", review, decisions(listed, "999999 B 别的批次", null)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("评定编号 999999 不是本次待审核的调整");
    assertThatThrownBy(() -> completeAs("wuxia", review, decisions(listed, id + " B 一\n" + id + " C 二", null)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("填写了不止一次");
    // the checklist offers only the listed changes
    assertThatThrownBy(() -> completeAs("wuxia", review, decisions(List.of(id, 999999L), null, null)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("approvedChanges").hasMessageContaining("999999");
    // only crm-dept works the review
    assertThatThrownBy(() -> completeAs("songyu", review, decisions(listed, null, null)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

    assertThat(pi).isWaitingAt("Task_ReviewGrades");
    GradingRun run = runs.findByRunNumber(pi.getBusinessKey()).orElseThrow();
    assertThat(result(run, c).getStatus()).isEqualTo(GradingResult.PROPOSED);
    assertThat(grade(c)).isEqualTo("C");
  }

  @Test
  @Verifies("P3.5")
  void onlyTheOwnerOrCrmDeptReportsAMajorChangeOfAnActiveCustomer() {
    Customer c = customer("他人客户", B_LEVEL, "B", "lina");
    long runsBefore = runs.count();
    assertThatThrownBy(() -> startAs("songyu", majorChange(c.getId(), "merger", "并购", Map.of())))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("只有客户的维护责任人");
    assertThatThrownBy(() -> startAs("lina", majorChange(999999L, "merger", "并购", Map.of())))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("客户 999999 不存在");
    assertThatThrownBy(() -> startAs("lina", majorChange(c.getId(), "bankrupt", "破产", Map.of())))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("changeType");
    assertThatThrownBy(() -> startAs("lina", majorChange(c.getId(), "merger", "并购",
        Map.of("purchaseFrequency", 2.5)))).isInstanceOf(BusinessRuleViolationException.class)
        .hasMessageContaining("purchaseFrequency");
    jdbc.update("UPDATE crm_customer SET status = 'INACTIVE' WHERE id = ?", c.getId());
    assertThatThrownBy(() -> startAs("lina", majorChange(c.getId(), "merger", "并购", Map.of())))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("已停用");
    // staff outside the groups that may start customer-grading
    assertThatThrownBy(() -> startAs("huangfang", majorChange(c.getId(), "merger", "并购", Map.of())))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThat(runs.count()).isEqualTo(runsBefore);
    assertThat(customers.findById(c.getId()).orElseThrow().getPurchaseFrequency()).isEqualTo(12);
  }

  // -------------------------------------------------------------------------------------- owners

  @Test
  @Verifies("P3.4")
  void anOwnerChangeRefusesNoOneUnknownUsersAndStaffOutsideTheGradesGroups() {
    Customer c = customer("B 级客户", B_LEVEL, "B", "lina");
    assertThatThrownBy(() -> ownership.changeOwner(c.getId(), new OwnerChangeInput(null, "离职"), "wuxia"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("必须有一名责任人");
    assertThatThrownBy(() -> ownership.changeOwner(c.getId(), new OwnerChangeInput("  ", "离职"), "wuxia"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("必须有一名责任人");
    assertThatThrownBy(() -> ownership.changeOwner(c.getId(), new OwnerChangeInput("ghost", "离职"), "wuxia"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("「ghost」不存在");
    assertThatThrownBy(() -> ownership.changeOwner(c.getId(), new OwnerChangeInput("songyu", "离职"), "wuxia"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("不能担任B 核心客户的责任人")
        .hasMessageContaining("am-core");
    assertThatThrownBy(() -> ownership.changeOwner(c.getId(), new OwnerChangeInput("luojing", " "), "wuxia"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("原因");
    assertThat(owner(c)).isEqualTo("lina");
    assertThat(ownerChanges.findByCustomerIdOrderById(c.getId())).isEmpty();

    OwnerChange change = ownership.changeOwner(c.getId(), new OwnerChangeInput("luojing", "工作调整"), "wuxia");
    assertThat(change.getPreviousOwner()).isEqualTo("lina");
    assertThat(owner(c)).isEqualTo("luojing");
    assertThat(ownership.changeOwner(c.getId(), new OwnerChangeInput("luojing", "再次指定"), "wuxia")).as("same owner").isNull();
    assertThat(ownerChanges.findByCustomerIdOrderById(c.getId())).hasSize(1);
  }

  @Test
  @Verifies("P3.4")
  void theOwnerCheckListsCustomersWithoutExactlyOneEligibleOwnerAndMailsCrmDeptOncePerSlot() {
    Customer fine = customer("正常客户", B_LEVEL, "B", "lina");
    Customer none = customer("无责任人客户", B_LEVEL, "B", null);
    Customer ghost = customer("责任人已离职客户", C_LEVEL, "C", "ghost");
    Customer wrong = customer("责任人不符客户", A_LEVEL, "A", "songyu");
    Customer ungraded = customer("未评级客户", D_LEVEL, null, "zhangwei");

    var report = violations.check(100);
    assertThat(report.total()).isEqualTo(3);
    assertThat(report.violations()).extracting(Violation::customerId)
        .containsExactly(none.getId(), ghost.getId(), wrong.getId());
    assertThat(report.violations()).extracting(Violation::problem).containsExactly(
        OwnerViolations.NO_OWNER, OwnerViolations.UNKNOWN_OWNER, OwnerViolations.NOT_ELIGIBLE);
    assertThat(report.violations().get(2).description()).contains("songyu").contains("A 重要战略客户")
        .contains("senior-management");
    assertThat(violations.check(1).violations()).hasSize(1);
    assertThat(List.of(fine.getId(), ungraded.getId())).doesNotContainAnyElementsOf(
        report.violations().stream().map(Violation::customerId).toList());

    Instant at = Instant.parse("2026-04-01T23:30:00Z");
    assertThat(ownerCheck.check(at)).hasValueSatisfying(r -> assertThat(r.total()).isEqualTo(3));
    verify(notifications).toGroup(eq("crm-dept"), eq("owner-violations"), anyMap());
    // another node (or a second run) in the same slot does nothing
    assertThat(ownerCheck.check(at.plusSeconds(60))).isEmpty();
    assertThat(jdbc.queryForObject("SELECT violation_count FROM crm_owner_check WHERE slot = '2026-04-02T07'",
        Integer.class)).isEqualTo(3);

    // a clean archive: no mail
    jdbc.update("UPDATE crm_customer SET status = 'INACTIVE' WHERE id IN (?, ?, ?)", none.getId(), ghost.getId(),
        wrong.getId());
    org.mockito.Mockito.clearInvocations(notifications);
    assertThat(ownerCheck.check(at.plusSeconds(3600))).hasValueSatisfying(r -> assertThat(r.total()).isZero());
    verify(notifications, never()).toGroup(eq("crm-dept"), eq("owner-violations"), anyMap());
  }

  // -------------------------------------------------------------------------------------- helpers

  private Customer customer(String name, String[] indicators, String grade, String owner) {
    Customer c = new Customer();
    c.setName(name + System.nanoTime());
    c.setIndustry("对外贸易");
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(Instant.now());
    c.setAnnualPurchaseAmount(new BigDecimal(indicators[0]));
    c.setPurchaseFrequency(Integer.valueOf(indicators[1]));
    c.setProfitContribution(new BigDecimal(indicators[2]));
    c.setCooperationYears(Integer.valueOf(indicators[3]));
    c.setGrowthPotential(Integer.valueOf(indicators[4]));
    c.setMarketInfluence(Integer.valueOf(indicators[5]));
    return customers.save(c);
  }

  /** A project and a complaint of the customer, for the handover's history. */
  private void projectAndComplaintOf(Customer c) {
    jdbc.update("INSERT INTO crm_project (project_number, customer_id, title, details, complexity, status, created_at)"
        + " VALUES ('PRJ-2026-9001', ?, '出口包装升级', '包装方案', 'simple', 'EXECUTION', CURRENT_TIMESTAMP)", c.getId());
    jdbc.update("INSERT INTO crm_complaint (complaint_number, customer_id, channel, content, category, severity,"
        + " contact_preference, status, received_at, created_by, escalation_level, reopen_count)"
        + " VALUES ('CMP-2026-900001', ?, 'phone', '包装破损', 'product-quality', 'medium', 'phone', ?,"
        + " CURRENT_TIMESTAMP, 'huangfang', 0, 0)", c.getId(), Complaint.CLOSED);
  }

  private ProcessInstance startPeriodic() {
    return runtimeService.createMessageCorrelation(GradingVariables.MESSAGE_PERIODIC).correlateStartMessage();
  }

  // ------------------------------------------------------------------ what an insider might try (issue 8, point 3)

  @Test
  void aRunIdPointingAtAnotherInstancesRunIsRefusedAndThatRunsResultsStayUndecided() {
    Map<String, Object> bigger = Map.of("annualPurchaseAmount", 1200L, "profitContribution", 250.5,
        "purchaseFrequency", 30L, "cooperationYears", 10L, "growthPotential", "5", "marketInfluence", "5");
    at("2026-05-12T15:00");
    ProcessInstance a = startAs("lina", majorChange(customer("甲客户", B_LEVEL, "B", "lina").getId(), "merger",
        "客户并购了两家企业", bigger));
    ProcessInstance b = startAs("lina", majorChange(customer("乙客户", B_LEVEL, "B", "lina").getId(), "merger",
        "客户并购了一家企业", bigger));
    executeJobs(a);
    executeJobs(b);
    Task review = task("Task_ReviewGrades", a);
    GradingRun other = runs.findByRunNumber(b.getBusinessKey()).orElseThrow();
    runtimeService.setVariable(a.getId(), GradingVariables.RUN_ID.getName(), other.getId());

    // the reviewer approves what the form lists; the rewritten runId would apply the decision to run B
    assertThatThrownBy(() -> completeAs("wuxia", review, decisions(ids(changes(review)), null, null)))
        .hasMessageContaining(other.getRunNumber()).hasMessageContaining("属于另一个流程实例");
    assertThat(results.findByRunIdOrderById(other.getId())).extracting(GradingResult::getStatus)
        .containsOnly(GradingResult.PROPOSED);
    GradingRun own = runs.findByRunNumber(a.getBusinessKey()).orElseThrow();
    assertThat(results.findByRunIdOrderById(own.getId())).extracting(GradingResult::getStatus)
        .containsOnly(GradingResult.PROPOSED);
    assertThat(a).isWaitingAt("Task_ReviewGrades");
  }

  private static Map<String, Object> majorChange(Long customerId, String type, String description,
      Map<String, Object> indicators) {
    Map<String, Object> v = new HashMap<>(indicators);
    v.put("customerId", customerId);
    v.put("changeType", type);
    v.put("description", description);
    return v;
  }

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(GradingVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication(user, groups(user));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void completeAs(String user, Task task, Map<String, Object> values) {
    identityService.setAuthentication(user, groups(user));
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> groups(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
  }

  /** The review form's values: the approved result ids (checklist), overrides, and the choice for the rest. */
  private static Map<String, Object> decisions(List<Long> approved, String overrides, String remaining) {
    Map<String, Object> v = new HashMap<>();
    v.put("approvedChanges", SpinValues.jsonValue(approved.stream().map(id -> "\"" + id + "\"")
        .collect(java.util.stream.Collectors.joining(",", "[", "]"))).create());
    if (overrides != null) {
      v.put("overrides", overrides);
    }
    if (remaining != null) {
      v.put("remainingDecision", remaining);
    }
    return v;
  }

  private static List<Long> ids(JsonNode rows) {
    List<Long> ids = new java.util.ArrayList<>();
    rows.forEach(r -> ids.add(r.get("resultId").asLong()));
    return ids;
  }

  private JsonNode json(Task task, String variable) {
    try {
      return JSON.readTree(taskService.getVariableLocal(task.getId(), variable).toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode changes(Task task) {
    return json(task, "changes");
  }

  private void executeJobs(ProcessInstance pi) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
    throw new IllegalStateException("jobs keep coming");
  }

  private Job quarterlyTimer() {
    return managementService.createJobQuery().processDefinitionKey(GradingVariables.SCHEDULE_PROCESS_KEY)
        .activityId("StartEvent_QuarterlyTimer").timers().singleResult();
  }

  private int latestGradingVersion() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(GradingRules.DECISION_KEY)
        .latestVersion().singleResult().getVersion();
  }

  private GradingRun latestRun() {
    return runs.findAll().stream().max(java.util.Comparator.comparing(GradingRun::getId)).orElseThrow();
  }

  private ProcessInstance instance(GradingRun run) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(run.getProcessInstanceId()).singleResult();
  }

  private GradingResult result(GradingRun run, Customer c) {
    return results.findByRunIdAndCustomerId(run.getId(), c.getId()).orElseThrow();
  }

  private String grade(Customer c) {
    return customers.findById(c.getId()).orElseThrow().getGrade();
  }

  private String owner(Customer c) {
    return customers.findById(c.getId()).orElseThrow().getOwner();
  }


  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList();
  }

  /** Camunda evaluates cron in the JVM's time zone: the first "1st of Jan/Apr/Jul/Oct, 01:00" after the time. */
  private static Date nextQuarterStart(Date after) {
    ZonedDateTime t = after.toInstant().atZone(ZoneId.systemDefault());
    ZonedDateTime candidate = t.withDayOfMonth(1).toLocalDate().atTime(1, 0).atZone(ZoneId.systemDefault());
    while (!candidate.isAfter(t) || (candidate.getMonthValue() - 1) % 3 != 0) {
      candidate = candidate.plusMonths(1);
    }
    return Date.from(candidate.toInstant());
  }
}
