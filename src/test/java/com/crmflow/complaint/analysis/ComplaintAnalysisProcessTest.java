package com.crmflow.complaint.analysis;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.crmflow.complaint.domain.ComplaintDeadlineRepository;
import com.crmflow.complaint.domain.ComplaintReport;
import com.crmflow.complaint.domain.ComplaintReportRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.forms.BusinessRuleViolationException;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
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

/**
 * Both starts of {@code complaint-analysis} (monthly, by the timer of {@code complaint-analysis-monthly}, and the
 * manager's start form) and the whole path to the stored improvement measures, with the real delegates, form validation and tables. Process test coverage is
 * measured; the class fails below 90 % of the flow nodes and sequence flows
 * of both processes.
 */
@ProcessTest
@ProcessCoverageGate
class ComplaintAnalysisProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired ComplaintReportRepository reports;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintDeadlineRepository deadlines;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies("P2.10")
  void theMonthlyTimerAnalysesThePreviousMonthAndTheManagerRecordsImprovements() {
    // the timer start of complaint-analysis-monthly was scheduled at deployment from crm.complaint.analysis-cycle
    // (an expression): 02:00 on a 1st
    Job timer = monthlyTimer();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.toLocalTime()).hasToString("02:00");

    // the process tests share one database: February 2025 is a month only this test files complaints in
    ComplaintRows rows = new ComplaintRows(customers, complaints, deadlines);
    var first = rows.complaint("2025-02-01T00:00", "product-quality", "phone", "product-defect", "技术部", "CLOSED", 0, 5);
    rows.complaint("2025-02-28T23:59", "product-quality", "email", "product-defect", "技术部", "IN_PROGRESS", 1, null);
    rows.complaint("2025-03-01T00:00", "billing", "phone", "billing-error", "财务部", "RECEIVED", 0, null);
    rows.complaint("2025-01-31T23:59", "billing", "phone", "billing-error", "财务部", "RECEIVED", 0, null);
    rows.deadline(first, "INITIAL_RESPONSE", 1, true);

    at("2025-03-01T02:00");
    execute(timer);

    // the timer's small process sent the start message and ended
    var monthly = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ComplaintAnalysisVariables.MONTHLY_PROCESS_KEY).singleResult();
    assertThat(monthly.getState()).isEqualTo("COMPLETED");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(monthly.getId())
        .activityId("EndEvent_AnalysisStarted").count()).isOne();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ANA-2025-02")
        .singleResult();
    assertThat(pi).isNotNull();
    assertThat(pi).hasPassed("StartEvent_Monthly", "Task_CompileStatistics").isWaitingAt("Task_RecordImprovements");
    // the cycle goes on: the next analysis at the following 1st, 02:00
    assertThat(monthlyTimer().getDuedate()).isEqualTo(nextFirstOfMonthAtTwo(ClockUtil.getCurrentTime()));

    ComplaintReport report = report(pi);
    assertThat(report.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(report.getPeriodTo()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(report.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(report.getCreatedAt()).isEqualTo(beijing("2025-03-01T02:00").toInstant());
    assertThat(report.getReportJson()).contains("\"total\":2").contains("\"onTimeInitialResponseRate\":1.0")
        .contains("{\"cause\":\"product-defect\",\"count\":2}");

    Task task = task(ComplaintAnalysisVariables.TASK_RECORD_IMPROVEMENTS, pi);
    assertThat(task).hasCandidateGroup("cs-manager");
    String context = (String) taskService.getVariableLocal(task.getId(), ComplaintAnalysisVariables.CONTEXT.getName());
    assertThat(context).contains("投诉分析报告 #" + report.getId()).contains("2025-02-01 至 2025-02-28")
        .contains("投诉总数：2").contains("初步响应及时率：100.00%").contains("处理结果反馈及时率：无数据")
        .contains("按类别：产品质量 2").contains("重复发生的投诉原因**：产品缺陷（2 起）");
    // only the task sees it
    assertThat(runtimeService.getVariable(pi.getId(), ComplaintAnalysisVariables.CONTEXT.getName())).isNull();

    at("2025-03-03T09:30");
    identityService.setAuthentication("yangjun", List.of("cs-manager"));
    taskService.claim(task.getId(), "yangjun");
    complete(task, improvements("加强出厂检验，每周抽检一次", "[\"技术部\",\"客服部\"]"));
    identityService.clearAuthentication();

    assertThat(pi).isEnded().hasPassed("Task_SaveImprovements", "EndEvent_AnalysisCompleted");
    ComplaintReport recorded = reports.findById(report.getId()).orElseThrow();
    assertThat(recorded.getImprovementMeasures()).isEqualTo("加强出厂检验，每周抽检一次");
    assertThat(recorded.getImprovementDepartments()).isEqualTo("技术部,客服部");
    assertThat(recorded.getRecordedBy()).isEqualTo("yangjun");
    assertThat(recorded.getRecordedAt()).isEqualTo(beijing("2025-03-03T09:30").toInstant());
    // the form values moved into the report: the process kept the report's id, not them
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(v -> v.getName()).contains(ComplaintAnalysisVariables.REPORT_ID.getName())
        .doesNotContain("improvementMeasures", "responsibleDepartments", "periodFrom", "periodTo");
  }

  @Test
  @Verifies("P2.10")
  void theManagerAnalysesAChosenPeriodFromTheStartForm() {
    at("2026-11-20T10:00");
    ProcessInstance pi = startAs("yangjun", "2026-11-01", "2026-11-15");
    assertThat(pi).hasPassed("StartEvent_Manual", "Task_CompileStatistics").isWaitingAt("Task_RecordImprovements");
    assertThat(pi.getBusinessKey()).isEqualTo("ANA-20261101-20261115");
    assertThat(runtimeService.getVariable(pi.getId(), "initiator")).isEqualTo("yangjun");
    assertThat(runtimeService.getVariable(pi.getId(), "periodFrom")).isNull();

    ComplaintReport report = report(pi);
    assertThat(report.getPeriodFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(report.getPeriodTo()).isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(report.getRecordedAt()).isNull();

    // completed without an authenticated user (e.g. Java): the claimant is recorded; no department named
    Task task = task(ComplaintAnalysisVariables.TASK_RECORD_IMPROVEMENTS, pi);
    taskService.claim(task.getId(), "yangjun");
    complete(task, improvements("梳理费用结算流程", null));
    assertThat(pi).isEnded().hasPassed("EndEvent_AnalysisCompleted");
    ComplaintReport recorded = reports.findById(report.getId()).orElseThrow();
    assertThat(recorded.getRecordedBy()).isEqualTo("yangjun");
    assertThat(recorded.getImprovementDepartments()).isNull();
  }

  @Test
  @Verifies("P2.10")
  void aWholeMonthChosenByHandIsNamedAfterTheMonth() {
    ProcessInstance pi = startAs("yangjun", "2026-02-01", "2026-02-28");
    assertThat(pi.getBusinessKey()).isEqualTo("ANA-2026-02");
  }

  @Test
  @Verifies("P2.10")
  void aPeriodEndingBeforeItStartsIsRefusedAndNothingIsStored() {
    long before = reports.count();
    assertThatThrownBy(() -> startAs("yangjun", "2026-11-30", "2026-11-01"))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("不能晚于");
    assertThat(reports.count()).isEqualTo(before);
  }

  @Test
  @Verifies("P2.10")
  void formValidationRefusesMissingDatesMeasuresAndUnknownDepartments() {
    long before = reports.count();
    assertThatThrownBy(() -> startAs("yangjun", "2026-11-01", null))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("periodTo").hasMessageContaining("为必填项");
    assertThatThrownBy(() -> startAs("yangjun", "2026-11-01", "30.11.2026"))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("periodTo");
    assertThat(reports.count()).isEqualTo(before);

    ProcessInstance pi = startAs("yangjun", "2026-10-01", "2026-10-31");
    Task task = task(ComplaintAnalysisVariables.TASK_RECORD_IMPROVEMENTS, pi);
    assertThatThrownBy(() -> complete(task, improvements(null, "[\"技术部\"]")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("improvementMeasures");
    assertThatThrownBy(() -> complete(task, improvements("整改", "[\"宣传部\"]")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("宣传部");
    assertThat(pi).isWaitingAt("Task_RecordImprovements");
    assertThat(report(pi).getImprovementMeasures()).isNull();
  }

  @Test
  @Verifies("X.2")
  void staffOutsideCustomerServiceManagementCannotStartAnAnalysis() {
    assertThatThrownBy(() -> startAs("huangfang", "2026-11-01", "2026-11-30"))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private ProcessInstance startAs(String user, String from, String to) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ComplaintAnalysisVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    Map<String, Object> values = new HashMap<>();
    values.put("periodFrom", from);
    if (to != null) {
      values.put("periodTo", to);
    }
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Map<String, Object> improvements(String measures, String departmentsJson) {
    Map<String, Object> v = new HashMap<>();
    if (measures != null) {
      v.put("improvementMeasures", measures);
    }
    if (departmentsJson != null) {
      v.put("responsibleDepartments", SpinValues.jsonValue(departmentsJson).create());
    }
    return v;
  }

  private Job monthlyTimer() {
    return managementService.createJobQuery().processDefinitionKey(ComplaintAnalysisVariables.MONTHLY_PROCESS_KEY)
        .activityId("StartEvent_MonthlyTimer").timers().singleResult();
  }

  private ComplaintReport report(ProcessInstance pi) {
    Long id = ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(ComplaintAnalysisVariables.REPORT_ID.getName()).singleResult().getValue()).longValue();
    return reports.findById(id).orElseThrow();
  }


  /** Camunda evaluates cron in the JVM's time zone: the first "1st of a month, 02:00" after the given time. */
  private static Date nextFirstOfMonthAtTwo(Date after) {
    ZonedDateTime t = after.toInstant().atZone(ZoneId.systemDefault());
    ZonedDateTime candidate = t.withDayOfMonth(1).toLocalDate().atTime(2, 0).atZone(ZoneId.systemDefault());
    if (!candidate.isAfter(t)) {
      candidate = candidate.plusMonths(1);
    }
    return Date.from(candidate.toInstant());
  }
}
