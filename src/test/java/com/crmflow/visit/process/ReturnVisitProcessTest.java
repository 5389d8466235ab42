package com.crmflow.visit.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static com.crmflow.testsupport.BeijingTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.complaint.domain.ComplaintIntake;
import com.crmflow.complaint.domain.ComplaintIntake.ComplaintInput;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.forms.BusinessRuleViolationException;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.platform.notification.MailTemplates;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import com.crmflow.visit.domain.Visit;
import com.crmflow.visit.domain.VisitEventRepository;
import com.crmflow.visit.domain.VisitImprovement;
import com.crmflow.visit.domain.VisitImprovementRepository;
import com.crmflow.visit.domain.VisitRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code return-visit} (SPEC P4) with the real delegates, form validation and tables: the wait for
 * the grade's due date, the visit without issues, issues → improvement tasks of the departments, a complaint →
 * complaint-handling for the customer, the overdue warning and crm-dept escalation (engine clock moved), the
 * cycle moved by a grade change, an inactive customer, the sweep. Coverage gate: 90 % of flow nodes and sequence
 * flows of return-visit (complaint-handling, which a visit starts, is measured by its own test).
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = {"complaint-handling", "credit-evaluation", "satisfaction-survey"})
class ReturnVisitProcessTest {


  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired CustomerRepository customers;
  @Autowired com.crmflow.customer.domain.CustomerGrades customerGrades;
  @Autowired VisitRepository visits;
  @Autowired VisitImprovementRepository improvements;
  @Autowired VisitEventRepository events;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintIntake complaintIntake;
  @Autowired VisitScheduler scheduler;
  @Autowired com.crmflow.survey.domain.SurveyHistory surveyHistory;
  @Autowired MailTemplates mailTemplates;
  @Autowired NotificationService notifications;

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
  @Verifies({"P4.1", "P4.2", "P3.6"})
  void aCycleWaitsForTheGradesDueDateAndAVisitWithoutIssuesStartsTheNextCycle() {
    at("2026-11-24T10:00");
    Long customerId = customer("A", "zhangwei");
    // an open complaint of the customer, with the contact's phone: counted on the task, the phone never shown
    complaintIntake.register(new ComplaintInput(customerId, "hotline", "发票金额有误", "billing", "low", "phone",
        "刘经理", "13800000000", null, List.of()), "huangfang", null, null);

    Visit visit = scheduler.startCycle(customerId, "wuxia");
    ProcessInstance pi = instance(visit);
    assertThat(pi.getBusinessKey()).matches("VIS-2026-\\d{6}").isEqualTo(visit.getVisitNumber());
    assertThat(pi).isWaitingAt("Gateway_DueOrRescheduled");
    // grade A: quarterly, counted from the day the customer entered the archive
    assertThat(visit.getDueDate()).isEqualTo(LocalDate.parse("2027-02-24"));
    assertThat(customers.findById(customerId).orElseThrow().getNextVisitDate()).isEqualTo(LocalDate.parse("2027-02-24"));
    assertThat(job("TimerEvent_VisitDue", pi).getDuedate()).isEqualTo(beijing("2027-02-24T09:00"));
    assertThat(visits.findById(visit.getId()).orElseThrow().getStatus()).isEqualTo(Visit.PLANNED);

    at("2027-02-24T09:00");
    execute(job("TimerEvent_VisitDue", pi));
    Task task = task("Task_Visit", pi);
    assertThat(task.getAssignee()).as("the customer's owner").isEqualTo("zhangwei");
    assertThat(task.getDueDate()).as("overdue a week after the due date").isEqualTo(beijing("2027-03-03T09:00"));
    assertThat(candidateGroups(task)).isEmpty();
    assertThat(visit(visit).getStatus()).isEqualTo(Visit.DUE);
    String context = (String) taskService.getVariableLocal(task.getId(), "context");
    assertThat(context).contains(visit.getVisitNumber()).contains("A（重要战略客户）").contains("每季度")
        .contains("维护重点：定期与客户高层沟通").contains("上次回访：尚无回访记录").contains("未结投诉：1 件")
        .contains("进行中的项目：0 个").doesNotContain("13800000000").doesNotContain("刘经理");
    assertThat(taskService.getVariableLocal(task.getId(), "departmentOptions").toString()).contains("技术部", "财务部");

    completeAs(task, "zhangwei", visitValues("2027-02-24", "phone", 4));
    assertThat(pi).isEnded().hasPassed("Task_ScheduleNextVisit", "EndEvent_NextCycleStarted", "EndEvent_NoIssues",
        "EndEvent_NoComplaint").hasNotPassed("Task_Improvement", "Task_StartComplaintHandling", "Task_WarnOwner");

    Visit done = visit(visit);
    assertThat(done.getStatus()).isEqualTo(Visit.DONE);
    assertThat(done.getOpenCustomerId()).isNull();
    assertThat(done.getVisitedBy()).isEqualTo("zhangwei");
    assertThat(done.getWay()).isEqualTo("phone");
    assertThat(done.getSatisfaction()).isEqualTo(4);
    // P7.1: the visit's satisfaction is the overall score of the customer's satisfaction survey
    assertThat(surveyHistory.entries(customerId)).filteredOn(e -> e.sourceRef().equals(done.getVisitNumber()))
        .singleElement().satisfies(e -> assertThat(e.overall()).isEqualTo(4)).extracting("trigger").isEqualTo("VISIT");
    assertThat(done.getProjectProgress()).isEqualTo("二期工程按计划推进");
    assertThat(done.getChangedNeeds()).isEqualTo("希望增加季度培训");
    assertThat(done.getOverdueLevel()).isZero();
    assertThat(improvements.findByVisitIdOrderById(done.getId())).isEmpty();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("projectProgress").count()).as("business data left the process variables").isZero();

    // the next cycle: a new instance, due one quarter after this visit
    Visit next = visits.findByOpenCustomerId(customerId).orElseThrow();
    assertThat(next.getPreviousVisitId()).isEqualTo(done.getId());
    assertThat(next.getVisitNumber()).matches("VIS-2027-\\d{6}");
    assertThat(next.getDueDate()).isEqualTo(LocalDate.parse("2027-05-24"));
    assertThat(customers.findById(customerId).orElseThrow().getNextVisitDate()).isEqualTo(LocalDate.parse("2027-05-24"));
    ProcessInstance nextPi = instance(next);
    assertThat(nextPi.getId()).isNotEqualTo(pi.getId());
    assertThat(job("TimerEvent_VisitDue", nextPi).getDuedate()).isEqualTo(beijing("2027-05-24T09:00"));

    // the next visit's task shows this one as the last visit
    at("2027-05-24T09:00");
    execute(job("TimerEvent_VisitDue", nextPi));
    assertThat((String) taskService.getVariableLocal(task("Task_Visit", nextPi).getId(), "context"))
        .contains("上次回访：2027-02-24 · 电话 · 满意度 4/5");
  }

  @Autowired com.crmflow.platform.calendar.WorkingCalendarAdmin calendarAdmin;

  @Test
  @Verifies({"P4.3", "X.3"})
  void aHolidayAddedByAnAdministratorMovesTheOpenImprovementDueDate() {
    at("2026-03-01T10:00");
    Long customerId = customer("A", "lina");
    ProcessInstance pi = toVisit(customerId, "2026-06-01T09:00");
    Map<String, Object> values = visitValues("2026-06-01", "on-site", 3);
    values.put("issuesRaised", true);
    values.put("issues", json("[{\"department\":\"技术部\",\"issue\":\"设备接口文档不全\"}]"));
    completeAs(task("Task_Visit", pi), "lina", values);
    Task improvement = task("Task_Improvement", pi);
    assertThat(improvement.getDueDate()).isEqualTo(beijing("2026-06-15T09:00"));

    try {
      // Wednesday 10 June becomes a holiday: the 10th working day after 1 June is Tuesday 16 June
      calendarAdmin.putDay(java.time.LocalDate.parse("2026-06-10"),
          new com.crmflow.platform.calendar.WorkingCalendarAdmin.DayInput(null, "HOLIDAY", "测试假日"));
      assertThat(task("Task_Improvement", pi).getDueDate()).isEqualTo(beijing("2026-06-16T09:00"));
      assertThat(improvements.findByVisitIdOrderById(visitOf(pi).getId())).singleElement()
          .satisfies(i -> assertThat(i.getDueAt()).isEqualTo(beijing("2026-06-16T09:00").toInstant()));
    } finally {
      calendarAdmin.removeDay(java.time.LocalDate.parse("2026-06-10"));
    }
    assertThat(task("Task_Improvement", pi).getDueDate()).isEqualTo(beijing("2026-06-15T09:00"));
  }

  @Test
  @Verifies("P4.3")
  void issuesRaisedBecomeImprovementTasksOfTheResponsibleDepartments() {
    at("2026-03-01T10:00");
    Long customerId = customer("A", "lina");
    ProcessInstance pi = toVisit(customerId, "2026-06-01T09:00");
    Task task = task("Task_Visit", pi);

    Map<String, Object> unknownDepartment = visitValues("2026-06-01", "on-site", 3);
    unknownDepartment.put("issuesRaised", true);
    unknownDepartment.put("issues", json("[{\"department\":\"宣传部\",\"issue\":\"宣传资料过时\"}]"));
    assertThatThrownBy(() -> completeAs(task, "lina", unknownDepartment)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("宣传部").hasMessageContaining("不在可选范围内");
    Map<String, Object> noIssue = visitValues("2026-06-01", "on-site", 3);
    noIssue.put("issuesRaised", true);
    assertThatThrownBy(() -> completeAs(task, "lina", noIssue)).isInstanceOf(BusinessRuleViolationException.class)
        .hasMessageContaining("issues");
    Map<String, Object> future = visitValues("2026-06-02", "on-site", 3);
    assertThatThrownBy(() -> completeAs(task, "lina", future)).hasMessageContaining("visitDate");
    assertThat(pi).isWaitingAt("Task_Visit");

    Map<String, Object> values = visitValues("2026-06-01", "on-site", 3);
    values.put("issuesRaised", true);
    values.put("issues", json("[{\"department\":\"技术部\",\"issue\":\"设备接口文档不全\"},"
        + "{\"department\":\"财务部\",\"issue\":\"对账单格式与合同不一致\"}]"));
    completeAs(task, "lina", values);

    List<VisitImprovement> items = improvements.findByVisitIdOrderById(visitOf(pi).getId());
    assertThat(items).extracting(VisitImprovement::getDepartment).containsExactly("技术部", "财务部");
    assertThat(items).extracting(VisitImprovement::getCandidateGroup).containsExactly("dept-tech", "finance");
    assertThat(items).allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(VisitImprovement.OPEN));
    assertThat(pi).hasPassed("Task_ScheduleNextVisit", "EndEvent_NoComplaint").isWaitingAt("Task_Improvement");

    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Improvement")
        .orderByTaskId().asc().list();
    assertThat(tasks).hasSize(2);
    Task tech = tasks.stream().filter(t -> candidateGroups(t).contains("dept-tech")).findFirst().orElseThrow();
    Task finance = tasks.stream().filter(t -> candidateGroups(t).contains("finance")).findFirst().orElseThrow();
    // 10 working days after the visit was recorded (Monday 1 June 2026, 09:00)
    assertThat(tech.getDueDate()).isEqualTo(beijing("2026-06-15T09:00"));
    assertThat((String) taskService.getVariableLocal(tech.getId(), "context")).contains("设备接口文档不全")
        .contains("责任部门：技术部").contains("本次回访").contains("实地拜访");

    assertThatThrownBy(() -> completeAs(tech, "chengang", withVariables("improvementOutcome", "RESOLVED")))
        .hasMessageContaining("improvementResult");
    completeAs(tech, "chengang", withVariables("improvementOutcome", "RESOLVED", "improvementResult", "已补充接口文档并发送客户"));
    assertThat(pi).isWaitingAt("Task_Improvement");
    completeAs(finance, "hejing", withVariables("improvementOutcome", "REJECTED", "improvementResult", "对账单格式由集团统一规定"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Improved");

    assertThat(improvements.findByVisitIdOrderById(visitOf(pi).getId())).extracting(VisitImprovement::getStatus,
        VisitImprovement::getHandledBy).containsExactly(org.assertj.core.groups.Tuple.tuple("RESOLVED", "chengang"),
        org.assertj.core.groups.Tuple.tuple("REJECTED", "hejing"));
    assertThat(events.findByVisitIdOrderById(visitOf(pi).getId())).extracting("kind")
        .containsSubsequence("PLANNED", "OPENED", "DONE", "IMPROVEMENT", "IMPROVEMENT");
  }

  @Test
  @Verifies("P4.3")
  void aComplaintRaisedInTheVisitStartsComplaintHandlingForTheCustomer() {
    at("2026-11-24T10:00");
    Long customerId = customer("B", "zhangwei");
    ProcessInstance pi = toVisit(customerId, "2027-05-24T09:00");
    Task task = task("Task_Visit", pi);

    Map<String, Object> noContent = visitValues("2027-05-24", "on-site", 2);
    noContent.put("complaintRaised", true);
    noContent.put("complaintCategory", "delivery");
    noContent.put("complaintSeverity", "high");
    assertThatThrownBy(() -> completeAs(task, "zhangwei", noContent)).hasMessageContaining("complaintContent");
    assertThat(complaints.findAll()).noneMatch(c -> c.getCustomerId().equals(customerId));

    Map<String, Object> values = visitValues("2027-05-24", "on-site", 2);
    values.put("complaintRaised", true);
    values.put("complaintContent", "第三批设备延期两周交付，影响客户投产");
    values.put("complaintCategory", "delivery");
    values.put("complaintSeverity", "high");
    completeAs(task, "zhangwei", values);

    assertThat(pi).isEnded().hasPassed("Task_StartComplaintHandling", "EndEvent_ComplaintStarted", "EndEvent_NoIssues",
        "EndEvent_NextCycleStarted");
    Visit done = visitOf(pi);
    Complaint complaint = complaints.findById(done.getComplaintId()).orElseThrow();
    assertThat(complaint.getCustomerId()).isEqualTo(customerId);
    assertThat(complaint.getContent()).isEqualTo("第三批设备延期两周交付，影响客户投产");
    assertThat(complaint.getSeverity()).isEqualTo("high");
    assertThat(complaint.getChannel()).isEqualTo("in-person");
    assertThat(complaint.getContactPreference()).isEqualTo("visit");
    assertThat(complaint.getCreatedBy()).isEqualTo("zhangwei");
    assertThat(complaint.getContactPhone()).isNull();

    ProcessInstance handling = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
        .processInstanceBusinessKey(complaint.getComplaintNumber()).singleResult();
    assertThat(handling).isNotNull();
    assertThat(handling).isWaitingAt("Task_AssessComplaint").variables().containsEntry("complaintId", complaint.getId())
        .containsEntry("customerId", customerId).containsEntry("initiator", "zhangwei");
    assertThat(complaint.getProcessInstanceId()).isEqualTo(handling.getId());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("complaintNumber").singleResult().getValue()).isEqualTo(complaint.getComplaintNumber());
  }

  @Test
  @Verifies("P4.4")
  void anOverdueVisitWarnsTheOwnerAndThenEscalatesToCrmDept() {
    at("2026-11-24T10:00");
    Long customerId = customer("C", "zhangwei");
    Visit visit = scheduler.startCycle(customerId, "wuxia");
    ProcessInstance pi = instance(visit);
    assertThat(visit.getDueDate()).as("grade C: yearly").isEqualTo(LocalDate.parse("2027-11-24"));
    at("2027-11-24T09:00");
    execute(job("TimerEvent_VisitDue", pi));
    assertThat(job("Timer_VisitOverdueWarning", pi).getDuedate()).isEqualTo(beijing("2027-12-01T09:00"));
    assertThat(job("Timer_VisitOverdueEscalation", pi).getDuedate()).isEqualTo(beijing("2027-12-08T09:00"));

    at("2027-12-01T09:00");
    execute(job("Timer_VisitOverdueWarning", pi));
    assertThat(pi).hasPassed("Task_WarnOwner", "EndEvent_OwnerWarned").isWaitingAt("Task_Visit");
    ArgumentCaptor<Map<String, Object>> warning = params();
    verify(notifications).toUser(eq("zhangwei"), eq("visit-overdue-warning"), warning.capture());
    // the shipped template renders with exactly what the process passes
    MailTemplates.Rendered warningMail = mailTemplates.render("visit-overdue-warning", warning.getValue());
    assertThat(warningMail.subject()).isEqualTo("回访逾期提醒：" + customerName(customerId) + "（" + visit.getVisitNumber() + "）");
    assertThat(warningMail.body()).contains("等级：C（一般客户）", "应于 2027-11-24 进行", "2027-12-08 仍未完成");
    assertThat(visit(visit).getOverdueLevel()).isEqualTo(1);
    assertThat(visit(visit).getWarnedAt()).isEqualTo(instant("2027-12-01T09:00"));
    verify(notifications, never()).toGroup(eq("crm-dept"), eq("visit-overdue-escalation"), anyMap());

    at("2027-12-08T09:00");
    execute(job("Timer_VisitOverdueEscalation", pi));
    ArgumentCaptor<Map<String, Object>> escalation = params();
    verify(notifications).toGroup(eq("crm-dept"), eq("visit-overdue-escalation"), escalation.capture());
    assertThat(mailTemplates.render("visit-overdue-escalation", escalation.getValue()).body())
        .contains("客户负责人 zhangwei", "应于 2027-11-24 进行").doesNotContain("${");
    Task supervise = task("Task_SuperviseOverdueVisit", pi);
    assertThat(candidateGroups(supervise)).containsExactly("crm-dept");
    assertThat((String) taskService.getVariableLocal(supervise.getId(), "context")).contains("已逾期")
        .contains("已升级客户关系管理部门督办");
    assertThat(visits.findOverdue()).extracting(Visit::getVisitNumber).contains(visit.getVisitNumber());

    completeAs(supervise, "wuxia", withVariables("superviseMeasures", "已约谈客户经理，要求本周内完成回访"));
    assertThat(pi).hasPassed("EndEvent_Supervised").isWaitingAt("Task_Visit");
    assertThat(visit(visit).getSuperviseMeasures()).isEqualTo("已约谈客户经理，要求本周内完成回访");
    assertThat(visit(visit).getSupervisedBy()).isEqualTo("wuxia");

    at("2027-12-09T15:00");
    completeAs(task("Task_Visit", pi), "zhangwei", visitValues("2027-12-09", "email", 5));
    assertThat(pi).isEnded();
    assertThat(visit(visit).getOverdueLevel()).as("the record keeps that it was late").isEqualTo(2);
    assertThat(events.findByVisitIdOrderById(visit.getId())).extracting("kind")
        .containsSubsequence("OPENED", "WARNED", "ESCALATED", "SUPERVISED", "DONE");
    assertThat(visits.findOverdue()).extracting(Visit::getVisitNumber).doesNotContain(visit.getVisitNumber());
    assertThat(visits.findByOpenCustomerId(customerId).orElseThrow().getDueDate())
        .as("the next cycle counts from the day of the visit").isEqualTo(LocalDate.parse("2028-12-09"));
  }

  @Test
  @Verifies("P4.1")
  void aGradeChangeMovesTheWaitingTimerToTheNewCycle() {
    at("2026-11-24T10:00");
    Long customerId = customer("C", "zhangwei");
    Visit visit = scheduler.startCycle(customerId, "wuxia");
    ProcessInstance pi = instance(visit);
    assertThat(job("TimerEvent_VisitDue", pi).getDuedate()).isEqualTo(beijing("2027-11-24T09:00"));

    // upgraded C → A: quarterly from the cycle's start
    at("2026-12-10T10:00");
    regrade(customerId, "C", "A");
    assertThat(pi).hasPassed("MessageEvent_Rescheduled").isWaitingAt("Gateway_DueOrRescheduled");
    assertThat(visit(visit).getDueDate()).isEqualTo(LocalDate.parse("2027-02-24"));
    assertThat(visit(visit).getGrade()).isEqualTo("A");
    assertThat(customers.findById(customerId).orElseThrow().getNextVisitDate()).isEqualTo(LocalDate.parse("2027-02-24"));
    assertThat(job("TimerEvent_VisitDue", pi).getDuedate()).isEqualTo(beijing("2027-02-24T09:00"));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count())
        .as("the old timer is gone").isEqualTo(1);

    // A → B: half-yearly
    regrade(customerId, "A", "B");
    assertThat(job("TimerEvent_VisitDue", pi).getDuedate()).isEqualTo(beijing("2027-05-24T09:00"));

    // months later back to A: the quarter from the cycle's start has passed, so the visit is due today
    at("2027-04-01T10:00");
    regrade(customerId, "B", "A");
    assertThat(visit(visit).getDueDate()).isEqualTo(LocalDate.parse("2027-04-01"));
    Job due = job("TimerEvent_VisitDue", pi);
    assertThat(due.getDuedate()).isBefore(ClockUtil.getCurrentTime());
    assertThat(events.findByVisitIdOrderById(visit.getId())).extracting("note").anySatisfy(n ->
        assertThat((String) n).contains("客户等级 C → A").contains("2027-11-24 → 2027-02-24"));

    // the same grade again changes nothing
    regrade(customerId, "A", "A");
    assertThat(job("TimerEvent_VisitDue", pi).getId()).isEqualTo(due.getId());

    // once the visit is due a regrade leaves the open task alone; the next cycle follows the new grade
    execute(due);
    Task task = task("Task_Visit", pi);
    regrade(customerId, "A", "C");
    assertThat(task("Task_Visit", pi).getId()).isEqualTo(task.getId());
    completeAs(task, "zhangwei", visitValues("2027-04-01", "phone", 4));
    assertThat(visits.findByOpenCustomerId(customerId).orElseThrow().getDueDate()).isEqualTo(LocalDate.parse("2028-04-01"));
  }

  @Test
  @Verifies("P4.1")
  void aRegradeWithoutARunningCycleSetsTheNextVisitDateTheCycleThenStartsFrom() {
    at("2026-11-24T10:00");
    Long customerId = customer("D", "lina");
    regrade(customerId, "D", "B");
    assertThat(customers.findById(customerId).orElseThrow().getNextVisitDate()).isEqualTo(LocalDate.parse("2027-05-24"));
    Visit visit = scheduler.startCycle(customerId, "wuxia");
    assertThat(visit.getDueDate()).isEqualTo(LocalDate.parse("2027-05-24"));
    assertThatThrownBy(() -> scheduler.startCycle(customerId, "wuxia")).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining(visit.getVisitNumber());
  }

  @Test
  void aCustomerNoLongerActiveWhenTheVisitIsDueEndsTheCycleWithoutANextOne() {
    at("2026-11-24T10:00");
    Long customerId = customer("B", "zhangwei");
    Visit visit = scheduler.startCycle(customerId, "wuxia");
    ProcessInstance pi = instance(visit);
    Customer c = customers.findById(customerId).orElseThrow();
    c.setStatus("INACTIVE");
    customers.save(c);

    at("2027-05-24T09:00");
    execute(job("TimerEvent_VisitDue", pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_VisitCancelled").hasNotPassed("Task_Visit");
    assertThat(visit(visit).getStatus()).isEqualTo(Visit.CANCELLED);
    assertThat(visits.findByOpenCustomerId(customerId)).isEmpty();
    assertThat(customers.findById(customerId).orElseThrow().getNextVisitDate()).isNull();
    assertThatThrownBy(() -> scheduler.startCycle(customerId, "wuxia")).hasMessageContaining("不是活跃客户");
  }

  @Test
  @Verifies("P4.1")
  void theSweepStartsOneCycleForEveryActiveCustomerWithoutOneAndACancelledInstanceFreesTheCustomer() {
    at("2026-11-24T10:00");
    Long first = customer("A", "zhangwei");
    Long second = customer(null, "lina");
    Long inactive = customer("B", "zhangwei");
    Customer c = customers.findById(inactive).orElseThrow();
    c.setStatus("INACTIVE");
    customers.save(c);

    VisitScheduler.SweepResult result = scheduler.startMissingCycles("wuxia");
    assertThat(result.started()).isGreaterThanOrEqualTo(2);
    assertThat(visits.findByOpenCustomerId(first)).isPresent();
    assertThat(visits.findByOpenCustomerId(second).orElseThrow().getDueDate())
        .as("no grade: crm.visit.default-cycle").isEqualTo(LocalDate.parse("2027-11-24"));
    assertThat(visits.findByOpenCustomerId(inactive)).isEmpty();
    assertThat(customers.findAll()).filteredOn(x -> "ACTIVE".equals(x.getStatus()))
        .allSatisfy(x -> assertThat(visits.findByOpenCustomerId(x.getId())).as(x.getName()).isPresent());
    assertThat(scheduler.startMissingCycles("wuxia").started()).as("nothing left to start").isZero();

    // an administrator cancels the instance: the cycle is cancelled and the next sweep starts a new one
    Visit open = visits.findByOpenCustomerId(first).orElseThrow();
    runtimeService.deleteProcessInstance(open.getProcessInstanceId(), "test");
    assertThat(visit(open).getStatus()).isEqualTo(Visit.CANCELLED);
    assertThat(scheduler.startMissingCycles("wuxia").started()).isEqualTo(1);
    assertThat(visits.findByOpenCustomerId(first).orElseThrow().getId()).isNotEqualTo(open.getId());
  }

  @Test
  void aNewOwnerTakesOverTheOpenVisitAndACustomerWithoutOwnerGoesToCrmDept() {
    at("2026-11-24T10:00");
    Long customerId = customer("A", "zhangwei");
    ProcessInstance pi = toVisit(customerId, "2027-02-24T09:00");
    scheduler.ownerChanged(customerId, "lina");
    assertThat(task("Task_Visit", pi)).isAssignedTo("lina");
    assertThat(visitOf(pi).getOwner()).isEqualTo("lina");

    Long orphan = customer("A", null);
    ProcessInstance orphanPi = toVisit(orphan, "2027-02-24T09:00");
    Task task = task("Task_Visit", orphanPi);
    assertThat(task.getAssignee()).isNull();
    assertThat(candidateGroups(task)).containsExactly("crm-dept");
    assertThat((String) taskService.getVariableLocal(task.getId(), "context")).contains("负责人：未指定");
  }

  // ------------------------------------------------------------------ what an insider might try (issue 8, point 3)

  @Test
  void aVisitIdPointingAtAnotherInstancesVisitIsRefusedAndThatVisitStaysUnchanged() {
    at("2026-11-24T10:00");
    ProcessInstance a = toVisit(customer("A", "zhangwei"), "2027-02-24T09:00");
    Visit other = scheduler.startCycle(customer("A", "zhangwei"), "wuxia");
    runtimeService.setVariable(a.getId(), "visitId", other.getId());

    assertThatThrownBy(() -> completeAs(task("Task_Visit", a), "zhangwei", visitValues("2027-02-24", "phone", 4)))
        .hasMessageContaining(other.getVisitNumber()).hasMessageContaining("属于另一个流程实例");
    assertThat(a).isWaitingAt("Task_Visit");
    Visit after = visit(other);
    assertThat(after.getStatus()).isEqualTo(Visit.PLANNED);
    assertThat(after.getVisitedBy()).isNull();
  }

  // ---------------------------------------------------------------------------------------------- steps

  private Long customer(String grade, String owner) {
    Customer c = new Customer();
    c.setName("回访测试客户" + System.nanoTime());
    c.setIndustry("装备制造");
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(ClockUtil.getCurrentTime().toInstant());
    return customers.save(c).getId();
  }

  /** Starts the customer's cycle and moves the clock to its due date, when the visit task opens. */
  private ProcessInstance toVisit(Long customerId, String dueAt) {
    ProcessInstance pi = instance(scheduler.startCycle(customerId, "wuxia"));
    at(dueAt);
    execute(job("TimerEvent_VisitDue", pi));
    return pi;
  }

  /** Through the one way grades change (CustomerGrades), whose CustomerGradeChanged event reaches the visits. */
  private void regrade(Long customerId, String from, String to) {
    assertThat(customers.findById(customerId).orElseThrow().getGrade()).isEqualTo(from);
    customerGrades.applyGrade(customerId, to, "wuxia");
  }

  private static Map<String, Object> visitValues(String date, String way, long satisfaction) {
    Map<String, Object> v = new HashMap<>();
    v.put("way", way);
    v.put("visitDate", date);
    v.put("projectProgress", "二期工程按计划推进");
    v.put("satisfaction", satisfaction);
    v.put("changedNeeds", "希望增加季度培训");
    v.put("opinions", "响应速度有待提高");
    v.put("issuesRaised", false);
    v.put("complaintRaised", false);
    return v;
  }

  /** The demo organisation's groups of the users who work the tasks (config/organization.yaml authorizations). */
  static final Map<String, List<String>> GROUPS = Map.of("zhangwei", List.of("account-manager"),
      "lina", List.of("account-manager"), "wuxia", List.of("crm-dept"), "chengang", List.of("dept-head", "dept-tech"),
      "hejing", List.of("finance"));

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ArgumentCaptor<Map<String, Object>> params() {
    return (ArgumentCaptor) ArgumentCaptor.forClass(Map.class);
  }

  private String customerName(Long customerId) {
    return customers.findById(customerId).orElseThrow().getName();
  }

  private ProcessInstance instance(Visit v) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(v.getProcessInstanceId()).singleResult();
  }

  private Visit visit(Visit v) {
    return visits.findById(v.getId()).orElseThrow();
  }

  private Visit visitOf(ProcessInstance pi) {
    return visits.findByVisitNumber(pi.getBusinessKey()).orElseThrow();
  }


  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }


  private static Object json(String s) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(s).create();
  }

}
