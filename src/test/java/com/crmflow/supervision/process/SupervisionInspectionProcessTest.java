package com.crmflow.supervision.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import com.crmflow.platform.notification.NotificationService;
import com.crmflow.supervision.domain.CheckItem;
import com.crmflow.supervision.domain.Finding;
import com.crmflow.supervision.domain.FindingRepository;
import com.crmflow.supervision.domain.Inspection;
import com.crmflow.supervision.domain.InspectionCase;
import com.crmflow.supervision.domain.InspectionChecklists;
import com.crmflow.supervision.domain.InspectionReport;
import com.crmflow.supervision.domain.Inspections;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code supervision-inspection} with the real delegates, forms and tables: the sample drawn from the
 * history of completed {@code customer-consultation} instances (July 2026: a month no other process test completes
 * consultations in), the checklist per case, a finding rectified by its department, reminded when overdue, sent back
 * once and accepted; an inspection without findings; a period without cases; and the insider cases of the steps.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = {"customer-consultation", "customer-development"})
class SupervisionInspectionProcessTest {

  static final Map<String, List<String>> GROUPS = Map.of("maliang", List.of("supervisor"),
      "huangfang", List.of("cs-specialist"), "yangjun", List.of("cs-manager"), "wuxia", List.of("crm-dept"));

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired Inspections inspections;
  @Autowired FindingRepository findings;
  @Autowired NotificationService notifications;

  static List<String> julyCases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    if (julyCases == null) {
      julyCases = new ArrayList<>();
      julyCases.add(completedConsultation("2026-07-06T10:00"));
      julyCases.add(completedConsultation("2026-07-07T10:00"));
      julyCases.add(completedConsultation("2026-07-08T10:00"));
    }
    at("2026-07-20T09:00"); // a Monday
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies("X.4")
  void aSampleIsCheckedAndAFindingIsRectifiedRemindedSentBackAndClosed() {
    ProcessInstance pi = startAs("maliang", start("customer-consultation", "2026-07-06", "2026-07-10", 2L));
    Inspection inspection = inspectionOf(pi);
    assertThat(pi.getBusinessKey()).matches("INS-2026-\\d{4}").isEqualTo(inspection.getInspectionNumber());
    assertThat(inspection.getStartedBy()).isEqualTo("maliang");
    assertThat(inspection.getPopulation()).isEqualTo(3);
    List<InspectionCase> cases = inspections.casesOf(inspection.getId());
    assertThat(cases).hasSize(2).extracting(InspectionCase::getCaseInstanceId).doesNotHaveDuplicates()
        .isSubsetOf(julyCases);

    List<Task> checks = tasks("Task_CheckCase", pi);
    assertThat(checks).hasSize(2).allSatisfy(t -> {
      assertThat(t.getAssignee()).isEqualTo("maliang");
      assertThat(candidateGroups(t)).containsExactly("supervisor");
      assertThat(t.getDueDate()).isEqualTo(beijing("2026-08-03T09:00")); // 10 working days
    });
    Task first = checks.get(0);
    String context = (String) taskService.getVariableLocal(first.getId(), "context");
    assertThat(context).contains(inspection.getInspectionNumber()).contains("客户咨询处理")
        .contains("/camunda/app/cockpit/default/#/process-instance/");
    int items = InspectionChecklists.kind("customer-consultation").orElseThrow().checklist().size();
    assertThat(taskService.getVariable(first.getId(), "checklist").toString()).contains("咨询受理登记完整");
    assertThat(taskService.getVariable(first.getId(), "departmentOptions").toString())
        .contains("\"value\":\"cs-manager\"").contains("客户服务经理");

    completeAs(first, "maliang", check(items, null, List.of()));
    Task second = tasks("Task_CheckCase", pi).get(0);
    // an item 不符合 needs a finding; the due date may not be in the past
    assertThatThrownBy(() -> completeAs(second, "maliang", check(items, 1, List.of())))
        .hasMessageContaining("请至少记录一个督查问题");
    assertThatThrownBy(() -> completeAs(second, "maliang",
        check(items, 1, List.of(finding("答复超时未督办", "cs-manager", "2026-07-17")))))
        .hasMessageContaining("已过，不能早于今天");
    assertThatThrownBy(() -> completeAs(second, "maliang",
        check(items, 1, List.of(finding("答复超时未督办", "camunda-admin", "2026-07-24")))))
        .hasMessageContaining("不在可选范围内");
    completeAs(second, "maliang", check(items, 1, List.of(finding("答复超时未督办", "cs-manager", "2026-07-24"))));

    assertThat(pi).hasPassed("Task_ConcludeChecks").isWaitingAt("Task_Rectify");
    assertThat(inspections.get(inspection.getId()).getStatus()).isEqualTo(Inspection.RECTIFYING);
    List<CheckItem> checked = inspections.itemsOf(cases.get(1).getId());
    assertThat(checked).hasSize(items);
    assertThat(checked.get(0).getResult()).isEqualTo(CheckItem.NONCONFORMING);
    Finding f = inspections.findingsOf(inspection.getId()).get(0);
    assertThat(f.getDueAt()).isEqualTo(beijing("2026-07-24T18:00").toInstant());

    Task rectify = task("Task_Rectify", pi);
    assertThat(candidateGroups(rectify)).containsExactly("cs-manager");
    assertThat(rectify.getDueDate()).isEqualTo(beijing("2026-07-24T18:00"));
    assertThat((String) taskService.getVariableLocal(rectify.getId(), "context")).contains("答复超时未督办")
        .contains("客户服务经理");
    // another department may not record the rectification
    assertThatThrownBy(() -> completeAs(rectify, "wuxia", Map.of("rectification", "已整改")))
        .hasMessageContaining("TASK_WORK");
    // not even when the task was handed to them (an administrator's slip): the step checks the department
    taskService.setAssignee(rectify.getId(), "wuxia");
    assertThatThrownBy(() -> completeAs(rectify, "wuxia", Map.of("rectification", "已整改")))
        .hasMessageContaining("只有责任部门「客户服务经理」的人员");
    taskService.setAssignee(rectify.getId(), null);

    // overdue: the department and the supervisors are told
    Job overdue = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(
        "Timer_RectificationOverdue").singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(beijing("2026-07-24T18:00"));
    at("2026-07-27T09:00");
    managementService.executeJob(overdue.getId());
    verify(notifications).toGroups(eq(List.of("cs-manager", "supervisor")), eq("supervision-finding-overdue"),
        anyMap());
    assertThat(pi).hasPassed("Task_RemindOverdue", "EndEvent_Reminded").isWaitingAt("Task_Rectify");
    assertThat(findings.findById(f.getId()).orElseThrow().getOverdueRemindedAt()).isNotNull();

    completeAs(task("Task_Rectify", pi), "yangjun", Map.of("rectification", "已建立超时督办台账"));
    Task review = task("Task_ReviewRectification", pi);
    assertThat(candidateGroups(review)).containsExactly("supervisor");
    assertThat((String) taskService.getVariableLocal(review.getId(), "context")).contains("已建立超时督办台账");
    assertThatThrownBy(() -> completeAs(review, "maliang", Map.of("reviewResult", "reject")))
        .hasMessageContaining("退回整改时请说明理由");
    completeAs(review, "maliang", Map.of("reviewResult", "reject", "reviewNote", "台账未覆盖 7 月的咨询"));
    assertThat(pi).isWaitingAt("Task_Rectify");
    assertThat(findings.findById(f.getId()).orElseThrow().getRejections()).isOne();

    completeAs(task("Task_Rectify", pi), "yangjun", Map.of("rectification", "台账已补齐 7 月全部咨询"));
    completeAs(task("Task_ReviewRectification", pi), "maliang", Map.of("reviewResult", "accept"));

    assertThat(pi).isEnded().hasPassed("EndEvent_FindingClosed", "Task_CloseInspection",
        "EndEvent_InspectionClosed");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_Rectify").count()).as("rectified twice: sent back once").isEqualTo(2);
    InspectionReport report = inspections.report(inspection.getId());
    assertThat(report.status()).isEqualTo(Inspection.CLOSED);
    assertThat(report.summary()).contains("共 3 件，抽查 2 件，已检查 2 件，其中符合 1 件；发现问题 1 个，已整改关闭 1 个");
    assertThat(report.findings().get(0).rectification()).isEqualTo("台账已补齐 7 月全部咨询");
    assertThat(report.findings().get(0).rectifiedBy()).isEqualTo("yangjun");
    assertThat(report.findings().get(0).reviewedBy()).isEqualTo("maliang");
    assertThat(report.findings().get(0).overdueReminded()).isTrue();
    // the process kept ids and flags, not the forms' values
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(v -> v.getName()).doesNotContain("findings", "rectification", "reviewResult", "periodFrom");
  }

  @Test
  @Verifies("X.4")
  void anInspectionWithoutFindingsClosesAfterTheChecks() {
    ProcessInstance pi = startAs("maliang", start("customer-consultation", "2026-07-06", "2026-07-10", 10L));
    Inspection inspection = inspectionOf(pi);
    assertThat(inspections.casesOf(inspection.getId())).hasSize(3); // fewer exist than asked: all of them
    int items = InspectionChecklists.kind("customer-consultation").orElseThrow().checklist().size();
    for (Task t : tasks("Task_CheckCase", pi)) {
      completeAs(t, "maliang", check(items, null, List.of()));
    }
    assertThat(pi).isEnded().hasPassed("Gateway_FindingsDone", "EndEvent_InspectionClosed")
        .hasNotPassed("SubProcess_Rectification");
    assertThat(inspections.get(inspection.getId()).getStatus()).isEqualTo(Inspection.CLOSED);
  }

  @Test
  @Verifies("X.4")
  void aPeriodWithoutCompletedCasesEndsWithANote() {
    ProcessInstance pi = startAs("maliang", start("customer-consultation", "2026-07-13", "2026-07-14", null));
    assertThat(pi).isEnded().hasPassed("EndEvent_NoCases");
    Inspection inspection = inspectionOf(pi);
    assertThat(inspection.getSampleSize()).isEqualTo(5); // the configured default
    assertThat(inspection.getStatus()).isEqualTo(Inspection.NO_CASES);
    assertThat(inspection.getNote()).contains("没有已办结的「客户咨询处理」案例");
  }

  // ---------------------------------------------------------------------------------------------- insiders

  @Test
  void aStartWithAProcessNotToBeInspectedOrAFuturePeriodIsRefused() {
    assertThatThrownBy(() -> startAs("maliang", start("supervision-inspection", "2026-07-06", "2026-07-10", 2L)))
        .hasMessageContaining("inspectedProcess");
    assertThatThrownBy(() -> startAs("maliang", start("customer-consultation", "2026-07-06", "2026-07-21", 2L)))
        .hasMessageContaining("截止日期不能晚于今天");
    assertThatThrownBy(() -> startAs("maliang", start("customer-consultation", "2026-07-10", "2026-07-06", 2L)))
        .hasMessageContaining("截止日期不能早于起始日期");
  }

  @Test
  void aCaseOfAnotherInspectionOrAnAlteredChecklistIsRefused() {
    ProcessInstance one = startAs("maliang", start("customer-consultation", "2026-07-06", "2026-07-10", 1L));
    ProcessInstance other = startAs("maliang", start("customer-consultation", "2026-07-06", "2026-07-10", 1L));
    int items = InspectionChecklists.kind("customer-consultation").orElseThrow().checklist().size();
    Task task = tasks("Task_CheckCase", one).get(0);
    Long foreignCase = inspections.caseIds(inspectionOf(other).getId()).get(0);
    runtimeService.setVariableLocal(task.getExecutionId(), "caseId", foreignCase);
    assertThatThrownBy(() -> completeAs(task, "maliang", check(items, null, List.of())))
        .hasMessageContaining("不属于本次督查");
    runtimeService.setVariableLocal(task.getExecutionId(), "caseId", inspections.caseIds(inspectionOf(one).getId())
        .get(0));
    assertThatThrownBy(() -> completeAs(task, "maliang", check(items - 1, null, List.of())))
        .hasMessageContaining("检查清单应有 " + items + " 项");
    runtimeService.deleteProcessInstance(one.getId(), "test");
    runtimeService.deleteProcessInstance(other.getId(), "test");
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private String completedConsultation(String when) {
    at(when);
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("customer-consultation")
        .latestVersion().singleResult().getId();
    Map<String, Object> v = new HashMap<>();
    v.put("channel", "phone");
    v.put("companyName", "督查样本公司" + when);
    v.put("contactName", "王先生");
    v.put("contactPhone", "13800138000");
    v.put("question", "想了解园区二期的入驻条件");
    v.put("cooperationIntent", false);
    identityService.setAuthentication("huangfang", GROUPS.get("huangfang"));
    ProcessInstance pi;
    try {
      pi = formService.submitStartForm(definition, v);
    } finally {
      identityService.clearAuthentication();
    }
    Task answer = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    completeAs(answer, "huangfang", Map.of("answer", "已介绍入驻条件", "answerWay", "phone", "resolved", true));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getState()).isEqualTo("COMPLETED");
    return pi.getId();
  }

  static Map<String, Object> start(String processKey, String from, String to, Long size) {
    Map<String, Object> v = new HashMap<>();
    v.put("inspectedProcess", processKey);
    v.put("periodFrom", from);
    v.put("periodTo", to);
    if (size != null) {
      v.put("sampleSize", size);
    }
    return v;
  }

  /** The check form: every item 符合, or item {@code nonconforming} (1-based) 不符合 with a remark. */
  static Map<String, Object> check(int items, Integer nonconforming, List<Map<String, Object>> findings) {
    StringBuilder rows = new StringBuilder("[");
    for (int n = 1; n <= items; n++) {
      boolean bad = nonconforming != null && nonconforming == n;
      rows.append(n > 1 ? "," : "").append("{\"item\":\"x\",\"result\":\"")
          .append(bad ? "NONCONFORMING" : "CONFORMING").append("\",\"remark\":\"").append(bad ? "未登记" : "")
          .append("\"}");
    }
    rows.append("]");
    StringBuilder f = new StringBuilder("[");
    for (int n = 0; n < findings.size(); n++) {
      Map<String, Object> m = findings.get(n);
      f.append(n > 0 ? "," : "").append("{\"description\":\"").append(m.get("description"))
          .append("\",\"department\":\"").append(m.get("department")).append("\",\"dueDate\":\"")
          .append(m.get("dueDate")).append("\"}");
    }
    f.append("]");
    Map<String, Object> v = new HashMap<>();
    v.put("checklist", SpinValues.jsonValue(rows.toString()).create());
    v.put("findings", SpinValues.jsonValue(f.toString()).create());
    v.put("opinion", nonconforming == null ? "办理规范" : "存在问题");
    return v;
  }

  static Map<String, Object> finding(String description, String department, String dueDate) {
    return Map.of("description", description, "department", department, "dueDate", dueDate);
  }

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(SupervisionVariables.INSPECTION_PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Inspection inspectionOf(ProcessInstance pi) {
    Long id = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("inspectionId").singleResult().getValue();
    return inspections.get(id);
  }

  private List<Task> tasks(String key, ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).orderByTaskId().asc()
        .list();
  }

  private Task task(String key, ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }
}
