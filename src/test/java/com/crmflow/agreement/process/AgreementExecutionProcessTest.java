package com.crmflow.agreement.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementDocuments;
import com.crmflow.agreement.domain.AgreementExecution;
import com.crmflow.agreement.domain.AgreementExecutionRepository;
import com.crmflow.agreement.domain.AgreementInput;
import com.crmflow.agreement.domain.AgreementMeetingLog;
import com.crmflow.agreement.domain.AgreementObligation;
import com.crmflow.agreement.domain.AgreementObligationRepository;
import com.crmflow.agreement.domain.AgreementRepository;
import com.crmflow.agreement.domain.AgreementRisk;
import com.crmflow.agreement.domain.AgreementRiskRepository;
import com.crmflow.agreement.domain.AgreementTermination;
import com.crmflow.agreement.domain.ObligationProgressRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.notification.MailTemplates;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code agreement-execution} (SPEC P6.4) with the real delegates, form validation and tables, started
 * by {@code cooperation-agreement} when the agreement comes into force: the customer's owner breaks the obligations
 * down, each owner reports progress until done, an overdue item is warned and escalated on the working-day
 * calendar, the monthly coordination meeting records the minutes and the risk register (a risk added, then closed),
 * and the execution ends when the agreement is terminated, superseded by its amendment or expires; what an insider
 * might try.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = {"cooperation-agreement", "credit-evaluation"}) // measured elsewhere
class AgreementExecutionProcessTest {

  static final Map<String, List<String>> GROUPS = Map.of("lina", List.of("account-manager", "am-core"),
      "zhangwei", List.of("account-manager", "am-senior"), "xuhui", List.of("legal"), "qianyu", List.of("legal"),
      "zhaomin", List.of("executor"), "sunli", List.of("executor"), "hejing", List.of("finance"));

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired AgreementRepository agreements;
  @Autowired AgreementExecutionRepository executions;
  @Autowired AgreementDocuments documents;
  @Autowired AgreementObligationRepository obligations;
  @Autowired ObligationProgressRepository reports;
  @Autowired AgreementRiskRepository risks;
  @Autowired AgreementStarts starts;
  @Autowired AgreementMeetingLog meetingLog;
  @Autowired NotificationService notifications;
  @Autowired MailTemplates mailTemplates;

  Long customerId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-11-24T10:00");
    Customer c = new Customer();
    c.setName("协议执行测试客户" + System.nanoTime());
    c.setIndustry("装备制造");
    c.setOwner("lina");
    c.setCreatedAt(ClockUtil.getCurrentTime().toInstant());
    customerId = customers.save(c).getId();
    clearInvocations(notifications);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies("P6.4")
  void obligationsAreTrackedToDoneALateOneIsWarnedAndEscalatedMeetingsReviewTheRisksAndTerminationEndsIt() {
    ProcessInstance agreement = inForce("2027-12-31");
    Agreement a = agreementOf(agreement);
    ProcessInstance pi = executionOf(a);
    assertThat(pi).isStarted().isWaitingAt("Task_BreakDownObligations");
    assertThat(pi.getBusinessKey()).isEqualTo(a.getAgreementNumber());
    Task breakDown = task("Task_BreakDownObligations", pi);
    assertThat(breakDown.getAssignee()).as("the customer's owner in the archive").isEqualTo("lina");
    assertThat(context(breakDown)).contains(a.getAgreementNumber()).contains("协议义务尚未分解");
    assertThat(runtimeService.getVariable(pi.getId(), "ownerOptions").toString()).contains("zhaomin")
        .contains("hejing").doesNotContain("maliang");

    completeAs(breakDown, "lina", Map.of("obligations", json(List.of(
        item("提供招商场地并完成交付", "zhaomin", "2026-12-31", "第二条"),
        item("按季度结算首期费用", "hejing", "2026-12-15", "第四条 费用支付")))));
    List<AgreementObligation> items = obligations.findByExecutionIdOrderByItemNo(execution(a).getId());
    assertThat(items).extracting(AgreementObligation::getOwner).containsExactly("zhaomin", "hejing");
    assertThat(items).extracting(AgreementObligation::getStatus).containsOnly("not_started");
    Task place = taskOf(pi, "zhaomin");
    Task payment = taskOf(pi, "hejing");
    assertThat(place.getName()).isEqualTo("报告义务进度：第 1 项 提供招商场地并完成交付");
    assertThat(payment.getDueDate()).as("the due date, end of the working day").isEqualTo(beijing("2026-12-15T18:00"));
    assertThat(context(place)).contains("本项义务").contains("第二条").contains("| 2 | 按季度结算首期费用 | hejing |");

    // progress until done: the task comes back to its owner after each report
    assertThatThrownBy(() -> completeAs(place, "zhaomin", progress("done", 80, null)))
        .hasMessageContaining("完成比例应为 100");
    completeAs(place, "zhaomin", progress("in_progress", 50, "场地已确定，正在装修"));
    Task again = taskOf(pi, "zhaomin");
    assertThat(again.getId()).isNotEqualTo(place.getId());
    assertThat(obligations.findById(items.get(0).getId()).orElseThrow().getPercentage()).isEqualTo(50);
    assertThat(context(again)).contains("进行中 50%").contains("场地已确定");
    completeAs(again, "zhaomin", progress("done", 100, "场地已交付"));
    assertThat(obligations.findById(items.get(0).getId()).orElseThrow().getStatus()).isEqualTo("done");
    assertThat(reports.findByObligationIdOrderById(items.get(0).getId())).hasSize(2);

    // the payment is late: warned the first working day after its due date, escalated 3 working days later
    Job warning = job("Timer_ObligationOverdue", pi);
    assertThat(warning.getDuedate()).isEqualTo(beijing("2026-12-16T09:00"));
    assertThat(job("Timer_ObligationEscalation", pi).getDuedate()).isEqualTo(beijing("2026-12-18T09:00"));
    at("2026-12-16T09:00");
    execute(warning);
    ArgumentCaptor<Map<String, Object>> mail = mailCaptor();
    verify(notifications).toUser(eq("hejing"), eq("agreement-obligation-overdue"), mail.capture());
    assertThat(mailTemplates.render("agreement-obligation-overdue", mail.getValue()).subject())
        .contains(a.getAgreementNumber());
    at("2026-12-18T09:00");
    execute(job("Timer_ObligationEscalation", pi));
    verify(notifications).toUser(eq("lina"), eq("agreement-obligation-escalation"), mail.capture());
    assertThat(mailTemplates.render("agreement-obligation-escalation", mail.getValue()).body()).contains("hejing");
    assertThat(obligations.findById(items.get(1).getId()).orElseThrow().getOverdueLevel()).isEqualTo(2);

    // the monthly coordination meeting: a risk is identified and assessed by the risk matrix
    Job meetingDue = job("StartEvent_MeetingDue", pi);
    assertThat(meetingDue.getDuedate()).as("a month after the agreement came into force")
        .isEqualTo(beijing("2026-12-24T10:00"));
    at("2026-12-24T10:00");
    execute(meetingDue);
    Task meeting = task("Task_RecordMeeting", pi);
    assertThat(meeting.getAssignee()).isEqualTo("lina");
    assertThat(context(meeting)).contains("进度跟踪表").contains("已逾期").contains("尚无登记的风险");
    completeAs(meeting, "lina", meeting("2026-12-24", risk(null, "客户资金紧张，付款可能延迟", "credit", "high", "high",
        "财务部每周跟进回款，必要时启动担保条款", "hejing", "open")));
    AgreementRisk risk = risks.findByExecutionIdOrderById(execution(a).getId()).get(0);
    assertThat(risk.getLevel()).as("high × high by risk-level.dmn").isEqualTo("high");
    assertThat(risk.getStatus()).isEqualTo("open");
    assertThat(runtimeService.getVariables(pi.getId())).as("no copy of the register left").doesNotContainKey("risks");

    // the next meeting opens with the register and closes the risk
    at("2027-01-24T10:00");
    execute(job("StartEvent_MeetingDue", pi));
    Task next = task("Task_RecordMeeting", pi);
    assertThat(taskService.getVariable(next.getId(), "risks").toString()).contains("\"riskId\":" + risk.getId())
        .contains("客户资金紧张");
    assertThat(context(next)).contains("2026-12-24").contains("客户资金紧张");
    completeAs(next, "lina", meeting("2027-01-24", risk(risk.getId(), "客户资金紧张，付款可能延迟", "credit", "medium",
        "high", "已签订还款计划", "hejing", "closed")));
    AgreementRisk closed = risks.findById(risk.getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo("closed");
    assertThat(closed.getLevel()).isEqualTo("high");
    assertThat(closed.getClosedAt()).isNotNull();
    assertThat(risks.findByExecutionIdOrderById(execution(a).getId())).hasSize(1);

    // the meetings are in the customer's communication log
    assertThat(meetingLog.communications(customerId)).extracting(Communication::kind, Communication::kindName,
        Communication::reference).containsOnly(org.assertj.core.groups.Tuple.tuple("meeting", "协调会议",
        a.getAgreementNumber())).hasSize(2);

    completeAs(taskOf(pi, "hejing"), "hejing", progress("done", 100, "已结清"));
    assertThat(pi).isWaitingAt("Event_AwaitAgreementEnd").hasPassed("EndEvent_AllFulfilled");

    // the agreement is terminated: its execution ends
    terminate(a);
    assertThat(pi).isEnded().hasPassed("Event_AwaitAgreementEnd", "Task_EndExecution", "EndEvent_ExecutionEnded");
    AgreementExecution ended = execution(a);
    assertThat(ended.getStatus()).isEqualTo("ENDED");
    assertThat(ended.getEndReason()).isEqualTo("协议已终止");
  }

  @Test
  @Verifies("P6.4")
  void anAmendmentSupersedingTheAgreementEndsItsExecutionAndTheNewVersionStartsItsOwn() {
    ProcessInstance old = inForce("2027-12-31");
    Agreement v1 = agreementOf(old);
    ProcessInstance oldExecution = executionOf(v1);
    completeAs(task("Task_BreakDownObligations", oldExecution), "lina", Map.of("obligations",
        json(List.of(item("提供招商场地", "zhaomin", "2026-12-31", null)))));
    assertThat(oldExecution).isWaitingAt("Task_ReportProgress");

    identityService.setAuthentication("lina", GROUPS.get("lina"));
    Agreement v2;
    try {
      v2 = starts.amend(v1.getAgreementNumber(), new AgreementInput(customerId, "年度招商合作协议（延期）", "甲乙双方",
          "权利义务不变", "合作延长一年", LocalDate.parse("2027-01-01"), LocalDate.parse("2028-12-31"), "按季度银行转账",
          "逾期付款按日万分之五支付违约金"), "lina");
    } finally {
      identityService.clearAuthentication();
    }
    ProcessInstance amended = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("cooperation-agreement").processInstanceBusinessKey(v2.getAgreementNumber())
        .singleResult();
    completeAs(task("Task_LegalReview", amended), "qianyu", Map.of("decision", "approve"));
    signedCopy(v2, "qianyu");
    completeAs(task("Task_RecordSigning", amended), "qianyu", signature());

    assertThat(oldExecution).isEnded().hasPassed("BoundaryEvent_AgreementEnded", "Task_EndExecution")
        .hasNotPassed("EndEvent_AllFulfilled");
    assertThat(execution(v1).getEndReason()).isEqualTo("协议已由变更版本取代");
    ProcessInstance newExecution = executionOf(agreements.findById(v2.getId()).orElseThrow());
    assertThat(newExecution).isWaitingAt("Task_BreakDownObligations");
    assertThat(execution(v2).getStatus()).isEqualTo("RUNNING");
  }

  @Test
  @Verifies("P6.4")
  void theExecutionEndsWhenTheAgreementExpires() {
    ProcessInstance agreement = inForce("2026-12-31");
    Agreement a = agreementOf(agreement);
    ProcessInstance pi = executionOf(a);
    execute(job("TimerEvent_ExpiryNotice", agreement));
    completeAs(task("Task_ExpiryNotice", agreement), "lina", Map.of("expiryPlan", "expire"));
    at("2027-01-01T00:00");
    execute(job("TimerEvent_TermEnded", agreement));
    assertThat(agreement).isEnded().hasPassed("EndEvent_AgreementExpired");
    assertThat(pi).isEnded().hasPassed("BoundaryEvent_AgreementEnded", "EndEvent_ExecutionEnded");
    assertThat(execution(a).getEndReason()).isEqualTo("合作期限届满");
  }

  // ------------------------------------------------------------------ what an insider might try

  @Test
  void aDueDateInThePastAnOwnerOutsideTheGroupsOrAnotherUserAreRefusedAndNothingIsStored() {
    Agreement a = agreementOf(inForce("2027-12-31"));
    ProcessInstance pi = executionOf(a);
    Task breakDown = task("Task_BreakDownObligations", pi);
    assertThatThrownBy(() -> completeAs(breakDown, "lina", Map.of("obligations",
        json(List.of(item("提供招商场地", "zhaomin", "2026-11-23", null)))))).hasMessageContaining("不能早于今天");
    assertThatThrownBy(() -> completeAs(breakDown, "lina", Map.of("obligations",
        json(List.of(item("提供招商场地", "zhaomin", "2028-01-31", null)))))).hasMessageContaining("不能晚于合作结束日期");
    // reassigned to a colleague: the step still wants the agreement's owner
    taskService.setAssignee(breakDown.getId(), "zhangwei");
    assertThatThrownBy(() -> completeAs(breakDown, "zhangwei", Map.of("obligations",
        json(List.of(item("提供招商场地", "zhaomin", "2026-12-31", null)))))).hasMessageContaining("由协议负责人 lina 办理");
    assertThat(obligations.findByExecutionIdOrderByItemNo(execution(a).getId())).isEmpty();
    assertThat(pi).isWaitingAt("Task_BreakDownObligations");
  }

  @Test
  void anotherUserCannotReportOnSomebodysObligationEvenWhenTheTaskIsReassignedToThem() {
    Agreement a = agreementOf(inForce("2027-12-31"));
    ProcessInstance pi = executionOf(a);
    completeAs(task("Task_BreakDownObligations", pi), "lina", Map.of("obligations",
        json(List.of(item("提供招商场地", "zhaomin", "2026-12-31", null)))));
    Task report = taskOf(pi, "zhaomin");
    taskService.setAssignee(report.getId(), "sunli");
    assertThatThrownBy(() -> completeAs(report, "sunli", progress("done", 100, null)))
        .hasMessageContaining("只能由其负责人 zhaomin 报告");
    AgreementObligation o = obligations.findByExecutionIdOrderByItemNo(execution(a).getId()).get(0);
    assertThat(o.getStatus()).isEqualTo("not_started");
    assertThat(reports.findByObligationIdOrderById(o.getId())).isEmpty();
  }

  @Test
  void aRiskNumberOfAnotherAgreementIsRefusedAndThatRiskStaysUnchanged() {
    Agreement other = agreementOf(inForce("2027-12-31"));
    ProcessInstance otherPi = executionOf(other);
    at("2026-12-24T10:00");
    execute(job("StartEvent_MeetingDue", otherPi));
    completeAs(task("Task_RecordMeeting", otherPi), "lina", meeting("2026-12-24", risk(null, "政策调整", "policy",
        "low", "low", "关注政策", "lina", "open")));
    AgreementRisk foreign = risks.findByExecutionIdOrderById(execution(other).getId()).get(0);

    at("2026-11-24T10:00");
    Agreement a = agreementOf(inForce("2027-12-31"));
    ProcessInstance pi = executionOf(a);
    at("2026-12-24T10:00");
    execute(job("StartEvent_MeetingDue", pi));
    assertThatThrownBy(() -> completeAs(task("Task_RecordMeeting", pi), "lina", meeting("2026-12-24",
        risk(foreign.getId(), "改写别人的风险", "other", "high", "high", "无", "lina", "closed"))))
        .hasMessageContaining("不在合作协议 " + a.getAgreementNumber() + " 的风险登记中");
    assertThat(risks.findById(foreign.getId()).orElseThrow().getStatus()).isEqualTo("open");
    assertThat(pi).isWaitingAt("Task_RecordMeeting");
  }

  @Test
  void anExecutionIdPointingAtAnotherInstancesExecutionIsRefused() {
    Agreement other = agreementOf(inForce("2027-12-31"));
    Agreement a = agreementOf(inForce("2027-12-31"));
    ProcessInstance pi = executionOf(a);
    runtimeService.setVariable(pi.getId(), "executionId", execution(other).getId());
    assertThatThrownBy(() -> completeAs(task("Task_BreakDownObligations", pi), "lina", Map.of("obligations",
        json(List.of(item("提供招商场地", "zhaomin", "2026-12-31", null)))))).hasMessageContaining("属于另一个流程实例");
    assertThat(obligations.findByExecutionIdOrderByItemNo(execution(other).getId())).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------- steps

  private ProcessInstance inForce(String endDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("customerId", customerId);
    v.put("title", "2027 年度招商合作协议");
    v.put("parties", "甲方：本公司；乙方：客户");
    v.put("rightsObligations", "甲方提供场地和招商政策，乙方按期入驻并按约经营");
    v.put("content", "产业园区招商合作");
    v.put("startDate", "2026-11-24");
    v.put("endDate", endDate);
    v.put("paymentTerms", "按季度银行转账");
    v.put("breachLiability", "逾期付款按日万分之五支付违约金");
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(AgreementVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    ProcessInstance pi;
    identityService.setAuthentication("lina", GROUPS.get("lina"));
    try {
      pi = formService.submitStartForm(definition, v);
    } finally {
      identityService.clearAuthentication();
    }
    completeAs(task("Task_LegalReview", pi), "xuhui", Map.of("decision", "approve"));
    signedCopy(agreementOf(pi), "xuhui");
    completeAs(task("Task_RecordSigning", pi), "xuhui", signature());
    return pi;
  }

  /** Signing needs the signed copy of the version (P6.3). */
  private void signedCopy(Agreement a, String user) {
    documents.upload(a.getId(), new AgreementDocuments.Upload("signed", "签署版.pdf",
        CooperationAgreementProcessTest.PDF), user);
  }

  private static Map<String, Object> signature() {
    return Map.of("ourRepresentative", "王总经理", "customerRepresentative", "刘董事长", "signedOn", "2026-11-24");
  }

  private void terminate(Agreement a) {
    identityService.setAuthentication("lina", GROUPS.get("lina"));
    try {
      starts.requestTermination(a.getAgreementNumber(), new AgreementTermination.Request("客户经营范围调整",
          LocalDate.parse(ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"))
              .toLocalDate().toString()), "按实际入驻天数结算"), "lina");
    } finally {
      identityService.clearAuthentication();
    }
    ProcessInstance agreement = runtimeService.createProcessInstanceQuery().processDefinitionKey("cooperation-agreement")
        .processInstanceBusinessKey(a.getAgreementNumber()).singleResult();
    completeAs(task("Task_ReviewTermination", agreement), "qianyu", Map.of("terminationDecision", "approve"));
  }

  private static Map<String, Object> item(String content, String owner, String due, String clause) {
    Map<String, Object> m = new HashMap<>();
    m.put("duty", content);
    m.put("owner", owner);
    m.put("dueDate", due);
    if (clause != null) {
      m.put("clause", clause);
    }
    return m;
  }

  private static Map<String, Object> progress(String progress, int percentage, String note) {
    Map<String, Object> m = new HashMap<>();
    m.put("progress", progress);
    m.put("percentage", percentage);
    if (note != null) {
      m.put("progressNote", note);
    }
    return m;
  }

  private static Map<String, Object> risk(Long riskId, String description, String category, String likelihood,
      String impact, String measures, String owner, String status) {
    Map<String, Object> m = new HashMap<>();
    if (riskId != null) {
      m.put("riskId", riskId);
    }
    m.put("description", description);
    m.put("category", category);
    m.put("likelihood", likelihood);
    m.put("impact", impact);
    m.put("measures", measures);
    m.put("riskOwner", owner);
    m.put("riskStatus", status);
    return m;
  }

  private static Map<String, Object> meeting(String date, Map<String, Object> risk) {
    Map<String, Object> m = new HashMap<>();
    m.put("meetingDate", date);
    m.put("attendees", "李娜、何静、客户方财务总监");
    m.put("minutes", "通报执行进展，讨论回款安排");
    m.put("decisions", "财务部每周跟进回款");
    m.put("risks", json(List.of(risk)));
    return m;
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(new ObjectMapper().writeValueAsString(value)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ArgumentCaptor<Map<String, Object>> mailCaptor() {
    return (ArgumentCaptor) ArgumentCaptor.forClass(Map.class);
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

  private Task taskOf(ProcessInstance pi, String assignee) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReportProgress")
        .taskAssignee(assignee).singleResult();
  }

  private Job job(String activityId, ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private String context(Task t) {
    return (String) taskService.getVariableLocal(t.getId(), "context");
  }

  private Agreement agreementOf(ProcessInstance pi) {
    return agreements.findByAgreementNumber(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey()).orElseThrow();
  }

  private AgreementExecution execution(Agreement a) {
    return executions.findByAgreementId(a.getId()).orElseThrow();
  }

  private ProcessInstance executionOf(Agreement a) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AgreementExecutionVariables.PROCESS_KEY)
        .processInstanceBusinessKey(a.getAgreementNumber()).singleResult();
  }
}
