package com.crmflow.supervision.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.crmflow.supervision.domain.GradingAudit;
import com.crmflow.supervision.domain.GradingAuditReport;
import com.crmflow.supervision.domain.GradingAudits;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both starts of {@code grading-audit} (yearly by the timer of {@code grading-audit-yearly}, and the supervisor's
 * start form) and the path through the supervisor's review to senior management's decision, with the real
 * delegates, forms and tables. Process test coverage is measured for both processes.
 */
@ProcessTest
@ProcessCoverageGate
class GradingAuditProcessTest {

  static final Map<String, List<String>> GROUPS = Map.of("maliang", List.of("supervisor"),
      "zhengkai", List.of("senior-management"));

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired GradingAudits audits;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  @Verifies("X.4")
  void theYearlyTimerAuditsTheYearThatEndedAndTheReportGoesToSeniorManagement() {
    Job timer = managementService.createJobQuery().processDefinitionKey(SupervisionVariables.AUDIT_YEARLY_PROCESS_KEY)
        .timers().singleResult();
    // the cron runs in the server's zone (as complaint-analysis-monthly's)
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getDayOfYear()).isEqualTo(1);
    assertThat(due.toLocalTime()).hasToString("03:00");

    at("2026-12-15T10:00");
    managementService.executeJob(timer.getId());
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(SupervisionVariables.AUDIT_PROCESS_KEY).active().list().stream()
        .filter(p -> audit(p).getAuditYear() == 2025 && audit(p).getStartedBy() == null).findFirst().orElseThrow();
    assertThat(pi).hasPassed("StartEvent_Yearly", "Task_CompileAuditData").isWaitingAt("Task_ReviewGradingSystem");
    GradingAudit audit = audit(pi);
    assertThat(pi.getBusinessKey()).isEqualTo(audit.getAuditNumber()).matches("GAU-2026-\\d{4}");
    assertThat(audit.getDecisionDefinitionId()).startsWith("customer-grading:");
    assertThat(audit.getDataJson()).contains("\"year\":2025").contains("综合评分（加权）").contains("annualPurchase: 0.25")
        .contains("\"distribution\"").contains("\"ownerViolationTotal\"");

    Task review = task("Task_ReviewGradingSystem", pi);
    assertThat(candidateGroups(review)).containsExactly("supervisor");
    assertThat((String) taskService.getVariableLocal(review.getId(), "context")).contains(audit.getAuditNumber())
        .contains("评级标准与权重").contains("客户等级评定").contains("不符合负责人规则的客户");
    assertThatThrownBy(() -> completeAs(review, "maliang", Map.of("conclusion", "NEEDS_IMPROVEMENT",
        "findings", " ", "recommendations", "调整权重"))).hasMessageContaining("findings");
    completeAs(review, "maliang", Map.of("conclusion", "NEEDS_IMPROVEMENT", "findings", "利润贡献权重偏高",
        "recommendations", "将利润贡献权重调整为 0.20"));

    Task read = task("Task_ReadAuditReport", pi);
    assertThat(candidateGroups(read)).containsExactly("senior-management");
    assertThat((String) taskService.getVariableLocal(read.getId(), "context")).contains("利润贡献权重偏高");
    assertThatThrownBy(() -> completeAs(read, "zhengkai", Map.of("managementDecision", "REJECT")))
        .hasMessageContaining("请填写审阅说明");
    completeAs(read, "zhengkai", Map.of("managementDecision", "PARTIAL", "managementNote", "下半年再评估"));
    assertThat(pi).isEnded().hasPassed("EndEvent_AuditClosed");

    GradingAuditReport report = audits.report(audit.getId());
    assertThat(report.status()).isEqualTo(GradingAudit.CLOSED);
    assertThat(report.conclusionLabel()).isEqualTo("分级体系需要改进");
    assertThat(report.reviewedBy()).isEqualTo("maliang");
    assertThat(report.managementDecisionLabel()).isEqualTo("部分采纳");
    assertThat(report.decidedBy()).isEqualTo("zhengkai");
    assertThat(report.data().get("criteria").size()).isEqualTo(10); // with the prospect criteria
  }

  @Test
  @Verifies("X.4")
  void theSupervisorStartsAnAuditOfAYearInTasklist() {
    at("2026-12-15T10:00");
    assertThatThrownBy(() -> startAs("maliang", Map.of("auditYear", 2027L))).hasMessageContaining("auditYear");
    ProcessInstance pi = startAs("maliang", Map.of("auditYear", 2026L));
    assertThat(pi).hasPassed("StartEvent_Manual").isWaitingAt("Task_ReviewGradingSystem");
    GradingAudit audit = audit(pi);
    assertThat(audit.getAuditYear()).isEqualTo(2026);
    assertThat(audit.getStartedBy()).isEqualTo("maliang");
    // the form's value moved into the audit: the process keeps its id
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("auditYear").containsKey("auditId");
    runtimeService.deleteProcessInstance(pi.getId(), "test");
  }

  @Test
  void anAuditIdOfAnotherInstanceIsRefused() {
    at("2026-12-15T10:00");
    ProcessInstance one = startAs("maliang", Map.of("auditYear", 2026L));
    ProcessInstance other = startAs("maliang", Map.of("auditYear", 2026L));
    runtimeService.setVariable(one.getId(), "auditId", audit(other).getId());
    Task review = task("Task_ReviewGradingSystem", one);
    assertThatThrownBy(() -> completeAs(review, "maliang", Map.of("conclusion", "EFFECTIVE", "findings", "无",
        "recommendations", "无"))).hasMessageContaining("属于另一个流程实例");
    runtimeService.deleteProcessInstance(one.getId(), "test");
    runtimeService.deleteProcessInstance(other.getId(), "test");
  }

  private GradingAudit audit(ProcessInstance pi) {
    Long id = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("auditId").singleResult().getValue();
    return audits.get(id);
  }

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(SupervisionVariables.AUDIT_PROCESS_KEY).latestVersion().singleResult().getId();
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

  private Task task(String key, ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }
}
